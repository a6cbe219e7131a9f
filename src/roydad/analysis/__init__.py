"""Analyses over stored incidents: counts, networks and competing-hypotheses matrices."""
