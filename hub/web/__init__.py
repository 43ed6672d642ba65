"""The hub's pages for people: sign-in (connexion.py) and, later, the dashboards (issue 20)."""
