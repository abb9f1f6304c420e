"""The sub-URLs of the news index and the document register (see core.routing): the views
import the models, never the other way round."""

from django.urls import path

from news import views

index_routes = [
    path("", views.news_index, name="index_view"),
    path("feed/", views.news_feed, name="feed"),
    path("feed/<slug:topic_slug>/", views.news_feed, name="topic_feed"),
]

register_routes = [
    path("", views.document_register, name="register"),
]
