"""Step 1 of regenerating src/GovInfoDisclosure.Schema.Import/Text/TraditionalCharacters.cs: the runs of CJK characters
of the label catalogue and the importer's matching code, written to runs.json. Run from the repository root:
python3 eng/traditional-characters/runs.py && node eng/traditional-characters/pairs.mjs && python3 eng/traditional-characters/write.py
(pairs.mjs needs `npm install opencc-js@1` in eng/traditional-characters)."""
import glob
import json
import re

folders = ["src/GovInfoDisclosure.Schema/Labels/**/*.cs", "src/GovInfoDisclosure.Schema.Import/Structure/*.cs",
           "src/GovInfoDisclosure.Schema.Import/Tables/*.cs", "src/GovInfoDisclosure.Schema.Import/Narrative/*.cs",
           "src/GovInfoDisclosure.Schema.Import/Text/*.cs"]
runs = set()
for pattern in folders:
    for path in glob.glob(pattern, recursive=True):
        if path.endswith("TraditionalCharacters.cs"):
            continue
        runs.update(m.group() for m in re.finditer(r"[\u4e00-\u9fff]+", open(path, encoding="utf-8").read()))
json.dump(sorted(runs), open("eng/traditional-characters/runs.json", "w", encoding="utf-8"), ensure_ascii=False)
