"""Who is calling (principals, tokens, clients) and what they may see (the policy)."""
