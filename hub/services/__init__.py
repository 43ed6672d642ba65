"""Domain services: verbs that take (session, principal, domain values) and write in one transaction."""
