"""The dossier's storage: schema and migrations, writing analyses, reading records, search.

Private to ``workbench.dossier``; nothing outside the engine reaches in here.
"""
