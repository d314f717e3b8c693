"""Writes a copy of a canonical report with every 0 of 表三's applicant columns made blank (null), as offices print a
table where only what they counted is filled in; the totals stay. Usage: blank_zeros.py IN.json OUT.json"""
import json
import sys


def blank(node):
    for key, value in node.items():
        if isinstance(value, dict):
            blank(value)
        elif value == 0 and key != "total":
            node[key] = None


report = json.load(open(sys.argv[1], encoding="utf-8"))
blank(report["applications"])
json.dump(report, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
