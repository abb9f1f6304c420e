"""Bring every translation's facts in line with its Vietnamese page, once.

Publishing does this from now on (core.facts); run it after upgrading a site whose English
pages were made before, when their dates, seats or numbers may have drifted."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page

from core.facts import FactsFromSourceMixin, publish_facts_to_translations


class Command(BaseCommand):
    help = "Copy the facts of each published Vietnamese page and snippet into its translations."

    def handle(self, *args, **options):
        default = Locale.get_default()
        pages = 0
        with transaction.atomic():
            for page in Page.objects.filter(locale=default, live=True).specific().iterator():
                publish_facts_to_translations(type(page), page)
                pages += 1
            # Snippets: saving a translation takes its source's facts.
            for model in apps.get_models():
                if issubclass(model, FactsFromSourceMixin):
                    for record in model.objects.exclude(locale=default):
                        record.save()
        self.stdout.write(f"{pages} pages checked.")
