"""A static archive of Chinese official documents.

The pipeline, one module a stage:
reading (raw file -> RawDocument) -> cleaning (-> CleanText) -> metadata (-> Metadata)
-> pages (Markdown with front matter, both ways) -> site (load, validate, render,
index with search_index, swap the new site in).
"""
