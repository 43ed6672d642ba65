"""Habilitations of people: managed by ANCT, by préfectures (their agents), by structures (colleagues)."""
