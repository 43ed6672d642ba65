"""GraphQL tests of the grands réseaux."""
