"""Resolution: dates against the publication date, places against the offline gazetteer,
parties against the actor knowledge base."""
