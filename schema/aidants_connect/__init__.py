"""Aidants Connect: organisations, aidants habilités, mandats and their autorisations."""
