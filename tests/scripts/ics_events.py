# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an iCalendar file with python3-icalendar (an independent parser) and prints its events
as JSON: uid, summary, start and end (ISO, with the time zone name), status, location, description."""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())

events = []
for component in calendar.walk("VEVENT"):
    start = component.decoded("DTSTART")
    end = component.decoded("DTEND")
    events.append({
        "uid": str(component.get("UID")),
        "summary": str(component.get("SUMMARY", "")),
        "start": start.strftime("%Y-%m-%dT%H:%M:%S"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%S"),
        "utc_offset_minutes": int(start.utcoffset().total_seconds() // 60) if start.utcoffset() is not None else None,
        "tz": str(start.tzinfo) if start.tzinfo is not None else "",
        "status": str(component.get("STATUS", "")),
        "location": str(component.get("LOCATION", "")),
        "description": str(component.get("DESCRIPTION", "")),
    })
timezones = [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")]
print(json.dumps({"events": events, "timezones": timezones}))
