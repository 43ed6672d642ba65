"""GraphQL tests of the hubs territoriaux."""
