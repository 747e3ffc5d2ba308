"""The web service: GOV.UK Design System pages around the services, plus the JSON API."""
