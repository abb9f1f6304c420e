from django.urls import path

from showcase import views

urlpatterns = [
    path("inquiry/withdraw/<str:token>/", views.withdraw, name="inquiry_withdraw"),
]
