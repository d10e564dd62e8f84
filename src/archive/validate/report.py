"""Render validation reports as text for people, JSON for programs, JUnit XML for CI systems."""

from __future__ import annotations

import json
from typing import Sequence

from archive.validate.targets import Report

FORMATS = ("text", "json", "junit")


def render_text(reports: Sequence[Report], strict: bool = False) -> str:
    lines = []
    for report in reports:
        status = "OK" if report.is_valid(strict) else "INVALID"
        lines.append(f"{status:<7} {report.path}")
        for f in report.findings:
            where = ":".join(p for p in (f.file, f.location) if p)
            line = f"  {f.severity:<7} {f.rule:<34} {where + ': ' if where else ''}{f.message}"
            lines.append(line + (f" (hint: {f.hint})" if f.hint else ""))
    return "\n".join(lines) + ("\n" if lines else "")


def render_json(reports: Sequence[Report], strict: bool = False) -> str:
    invalid = sum(1 for r in reports if not r.is_valid(strict))
    data = {"valid": invalid == 0, "checked": len(reports), "invalid": invalid,
            "strict": strict, "reports": [r.to_dict(strict) for r in reports]}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render_junit(reports: Sequence[Report], strict: bool = False) -> str:
    """One <testcase> per record; each error (and, with strict, each warning) a <failure>."""
    from lxml import etree

    suite = etree.Element("testsuite", name="archive validate", tests=str(len(reports)))
    failures = 0
    for report in reports:
        case = etree.SubElement(suite, "testcase", classname=report.kind, name=str(report.path))
        failing = [f for f in report.findings
                   if f.severity == "error" or (strict and f.severity == "warning")]
        for f in failing:
            where = ":".join(p for p in (f.file, f.location) if p)
            failure = etree.SubElement(case, "failure", type=f.rule,
                                       message=f"{where + ': ' if where else ''}{f.message}")
            failure.text = f.hint or f.message
        if failing:
            failures += 1
        notes = [f for f in report.findings if f not in failing]
        if notes:
            out = etree.SubElement(case, "system-out")
            out.text = "\n".join(f"{n.severity} {n.rule} {n.file}:{n.location} {n.message}"
                                 for n in notes)
    suite.set("failures", str(failures))
    suites = etree.Element("testsuites")
    suites.append(suite)
    return etree.tostring(suites, xml_declaration=True, encoding="UTF-8",
                          pretty_print=True).decode("utf-8")


RENDERERS = {"text": render_text, "json": render_json, "junit": render_junit}
