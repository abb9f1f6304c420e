"""Editors write and submit; Moderators approve, publish and unpublish.

Wagtail creates both groups with its first migrations; this makes their rights explicit
and least-privilege for this site, and makes sure the moderation workflow exists.
"""

from django.db import migrations

from core.permissions import create_all_permissions, model_permissions

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page",
                              "unlock_page"]
EDITOR_MODEL_PERMISSIONS = {
    "core": ["add_customimage", "change_customimage", "choose_customimage",
             "add_customdocument", "change_customdocument", "choose_customdocument"],
    "news": ["add_topic", "change_topic", "add_issuingbody", "change_issuingbody"],
    "wagtail_localize": ["submit_translation"],
}
MODERATOR_EXTRA_MODEL_PERMISSIONS = {
    "core": ["delete_customimage", "delete_customdocument"],
    "news": ["delete_topic", "delete_issuingbody"],
}


def set_up_groups(apps, schema_editor):
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin",
                                          codename="access_admin")
    root = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    for group, page_codenames, extra in (
        (editors, EDITOR_PAGE_PERMISSIONS, {}),
        (moderators, MODERATOR_PAGE_PERMISSIONS, MODERATOR_EXTRA_MODEL_PERMISSIONS),
    ):
        group.permissions.add(access_admin, *model_permissions(apps, EDITOR_MODEL_PERMISSIONS),
                              *model_permissions(apps, extra))
        if root is not None:
            GroupPagePermission.objects.filter(group=group, page=root).exclude(
                permission__codename__in=page_codenames).delete()
            for codename in page_codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root,
                    permission=Permission.objects.get(content_type__app_label="wagtailcore",
                                                      codename=codename),
                )
        if root_collection is not None:
            for app_label, codenames in (("core", ["add_customimage", "change_customimage",
                                                   "choose_customimage", "add_customdocument",
                                                   "change_customdocument",
                                                   "choose_customdocument"]),):
                for permission in Permission.objects.filter(content_type__app_label=app_label,
                                                            codename__in=codenames):
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission)

    # Wagtail's default "Moderators approval" workflow on the root page covers the news
    # section; create it if an installation removed it.
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    if root is not None and not WorkflowPage.objects.filter(page=root).exists():
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore",
                                                         model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name="Moderators approval",
                                                content_type=task_type, active=True)
        task.groups.set([moderators])
        workflow = Workflow.objects.create(name="Moderators approval", active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(workflow=workflow, page=root)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("core", "0002_media_and_agency"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(set_up_groups, migrations.RunPython.noop)]
