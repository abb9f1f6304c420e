from django.urls import path

from events import views

urlpatterns = [
    path("registration/cancel/<str:token>/", views.cancel, name="registration_cancel"),
]
