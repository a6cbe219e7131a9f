"""Coding incidents the way conflict datasets do, shared by the exports and the analysis: who
is actor1 and actor2 and their inter codes (`party_codes`), the actor network
(`actor_network`), country names and codes in each format's spelling (`countries`), and the
coding rules as data (`rules`, from data/export/*.yaml)."""
