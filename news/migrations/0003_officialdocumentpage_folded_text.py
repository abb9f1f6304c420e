"""A folded copy of each document's number, for the register's number filter."""

from django.db import migrations, models

from core.text import fold


def fold_numbers(apps, schema_editor):
    # As core.search.fold_for_filter does on every save from now on.
    OfficialDocumentPage = apps.get_model("news", "OfficialDocumentPage")
    documents = list(OfficialDocumentPage.objects.only("number"))
    for document in documents:
        document.folded_text = " ".join(fold(document.number).split())
    OfficialDocumentPage.objects.bulk_update(documents, ["folded_text"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_staff_groups"),
    ]

    operations = [
        migrations.AddField(
            model_name="officialdocumentpage",
            name="folded_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fold_numbers, migrations.RunPython.noop, elidable=True),
    ]
