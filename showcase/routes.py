"""The sub-URLs of the showcase index and of each entry (see core.routing): the views
import the models, never the other way round."""

from django.urls import path

from showcase import views

index_routes = [
    path("", views.showcase_index, name="index"),
    path("open-data/<str:data_format>/", views.open_data, name="open_data"),
]

entry_routes = [
    path("", views.serve_entry, name="entry"),
]
