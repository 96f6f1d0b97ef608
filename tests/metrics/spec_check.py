#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent re-computation of every `cultivate stats --json` figure from SPEC §5 and §8.

Usage: spec_check.py CULTIVATE_BINARY WORKDIR [--seeds 1,2,3] [--today YYYY-MM-DD]
                     [--members N] [--months M]

For each seed: `demo WORKDIR/seedN.cop --seed N`, `export … json`, then `stats … --json` for five
windows (default, one whole month, mid-month to mid-month, across a year boundary, past the plan's
end), each with and without --everyone. Every §8 key is recomputed here from the export alone
(written from the SPEC's words, not from core/metrics) and compared; floats within 1e-9.
Exit 0 when all agree, 1 on any mismatch, 2 on a usage error or a failing command.
Demo size: --members 60 --months 14 by default (14 months, so that the plan crosses a new year
whatever today is). The demo's data is clean — no attendance outside a membership, no repeated
joins, no member without an organisation — so readings 2, 4 and 13 are only partly exercised; the
C++ tests of tests/metrics/windowtests.cpp work those edges by hand.

"Today": --today YYYY-MM-DD is handed to cultivate as CULTIVATE_TODAY (the application's clock then
says that day), so the demo, the export and every window are reproducible. Without it, today is
the export's `exported_at`, the binary's own clock.

Where SPEC §5 is ambiguous, the reading taken here (and the sentence it rests on):

 1. Members in W / reach when W cuts a membership. The population P is every counted member whose
    joined..left range (inclusive, open ends unbounded) shares at least one day with W — "A member
    is *in W* when their membership … overlaps W". Reach's numerator is the members of P with a
    credited attendance at a held event dated in W, even on a day outside their membership (the
    reach sentence has no "while a member"); every other figure is also counted over P only.
 2. "Events held in W while a member": held events whose date (the date part of their start, plan
    wall-clock) lies in W and in joined..left, both ends inclusive — "Attendance rate (member) = …".
    Attendance outside the membership counts neither above nor below the line.
 3. "Activity" / "attendance" (occasional, peripheral, transactional, first activity, newcomers,
    retention, stickiness) means a credited attendance at a held event or a contribution — the
    pair that "Active members (month)" names. Presence below the threshold, absences, and rows on
    planned or cancelled events are not activity.
 4. Credited attendance: one per (event, member); the minutes of that member's present rows add up
    ("Repeated joins to one event add up") and are compared with threshold × duration; a present
    row without minutes credits ("when minutes are known").
 5. `credited_attendances` counts those pairs for members of P at held events dated in W;
    `events_planned` counts events dated in W whose status is still "planned" (not held+planned).
 6. `mean_attendance_rate`: the plain mean of the per-member rates over P, skipping undefined rates
    ("undefined when there are none"); guests are counted members and are included. null if none.
 7. Participation level of a guest: any activity in W makes a guest transactional whatever its
    amount ("transactional — a guest (not a member) with any activity"); a guest with none is
    peripheral, so the five counts add up to `members`. Core/active by rate need a defined rate.
 8. Latest complete month L: W's last month when W ends on its last day, else the month before;
    a month is complete only once its last day is before today ("a month that has not ended by
    today is never complete" — today itself has not ended), so when W ends today or later we step
    back to the latest month that has ended. L must be one of W's months ("inside W"), else null;
    when W's start cuts L, L's figures count its days inside W ("a month … that W cuts counts only
    its days inside W").
 9. Stickiness: members of P active in L (days inside W) / members of P active at least once from
    the first day of the month eleven months before L to the end of L — "the twelve months ending
    with it (… this look-back may reach before W)". The exception is about dates only: the people
    are still the members in W, so one who left before W is in neither count. null when L is null
    or the look-back is empty.
10. Newcomer conversion: newcomers are members of P whose first activity ever lies in W ("a member
    first active before W is not a newcomer in W"). A newcomer counts once the month of that first
    activity and the two after are over — inside W (their last day is on or before W's end) and
    before today — as the README says ("counted once those three months are over"): a newcomer
    still inside those months cannot be judged yet, so a window shorter than three months has no
    conversion. Their level is computed over those three months clipped at W's start.
    Converted = core or active. Guests count as newcomers (in `newcomers_by_month` and retention)
    but are left out of the conversion share: their level is transactional by definition ("a guest
    (not a member)"), so they can never "reach active or core". null without such a newcomer.
11. Retention: one cohort per month of W with at least one newcomer (empty months have no key);
    shares for k = 0 … up to W's last month, never past W, each month counting only its days in W;
    months of W after today are listed (as zero) like any month of W; k = 0 is 1.
12. Monthly series (`active_members_by_month`, `newcomers_by_month`) have one key per calendar month
    W touches, zero included, the running month and months after today too.
13. Contribution concentration: weights (per-kind table) of contributions dated in W by members of
    P, sorted descending, counted until the running sum reaches half the total ("together make
    50%", so reaching exactly 50% is enough); ties cannot change the count; a total of 0 gives 0.
    By organisation the same over organisation totals; a member without an organisation counts as
    an organisation of their own (a freelancer is nobody else's staff).
14. Surveys: those dated inside W (matched by id, order ignored) — a survey happens on its date —
    with every response it received, also those that came in after W closed: the answers belong to
    the survey, and a quarter's report would otherwise never show a survey sent at its end. Denominator =
    the survey's `invited` when > 0, else the counted members (per --everyone) whose membership
    covers the survey's date (the model's "0 = the counted members on the date"); the rate is
    capped at 1 and null when the denominator is 0.
15. Recommend score: all 0–10 answers to the survey's recommend items among its counted responses:
    100 × (promoters 9–10 − detractors 0–6) / answers ("promoters minus detractors", on the
    −100..100 scale the CLI prints as a whole number); null when there is none.
16. Goals: every goal. Current value = the linked metric over W (`reach`; `active_members` = active
    in L, "a goal linked to active members"; other keys by the same-named stats figure), or the
    mean of the numeric answers to a linked survey item of a survey dated in W, or the latest measurement
    dated inside W (an older one is outside W). Progress = (current − baseline)/(target − baseline)
    clamped 0..1; when target == baseline, 1 if current >= target else 0; null without a current.
17. Window: --from/--to are kept as given, also past the plan's end (W is "a date range"; nothing
    clips it); the default is the plan's start to min(today, plan end) — "the plan year so far".
18. Level flows: the calendar quarters W touches, each clipped to W; a member's level per quarter
    over its part inside W (members of P whose membership overlaps that part). Flows follow the
    members present in both consecutive quarters, guests (transactional) aside; per level of the
    earlier quarter, the count that moved up, held, moved down, and each as a share of those three.
"""
import argparse
import calendar
import datetime as dt
import json
import os
import subprocess
import sys
from collections import defaultdict

COUNTED_ROLES = {"member", "champion", "expert", "guest"}
LEADING_KINDS = {"hosting", "presentation", "mentoring"}  # "hosted, presented or mentored"
LEVELS = ("core", "active", "occasional", "peripheral", "transactional")
EPS = 1e-9


class CommandFailed(Exception):
    pass


# --- dates and months ----------------------------------------------------------------------------
def day(text):
    return dt.date.fromisoformat(text[:10]) if text else None


def month_of(d):
    return (d.year, d.month)


def add_months(m, k):
    index = m[0] * 12 + m[1] - 1 + k
    return (index // 12, index % 12 + 1)


def first_day(m):
    return dt.date(m[0], m[1], 1)


def last_day(m):
    return dt.date(m[0], m[1], calendar.monthrange(m[0], m[1])[1])


def month_key(m):
    return "%04d-%02d" % m


def months_between(a, b):
    """Every calendar month from the one holding date a to the one holding date b."""
    result, m = [], month_of(a)
    while m <= month_of(b):
        result.append(m)
        m = add_months(m, 1)
    return result


# --- the plan, as read from `export json` --------------------------------------------------------
class Plan:
    def __init__(self, export):
        community = export["community"][0]
        self.start = day(community["start_date"])
        self.end = day(community["end_date"])
        self.exported = day(export["exported_at"])
        threshold = community.get("attendance_threshold", 0.5)
        self.members = {m["id"]: m for m in export["members"]}
        for m in self.members.values():
            m["joined"], m["left"] = day(m["joined_date"]), day(m["left_date"])
        self.events = {e["id"]: dict(e, day=day(e["start"])) for e in export["events"]}
        self.held = [e for e in self.events.values() if e["status"] == "held"]
        weight_of = {w["kind"]: w["weight"] for w in export["contribution_weights"]}
        self.contributions = defaultdict(list)  # member -> [(date, kind, weight)]
        for c in export["contributions"]:
            self.contributions[c["member_id"]].append((day(c["date"]), c["kind"], weight_of.get(c["kind"], 1)))
        self.credited = self._credited(export["attendance"], threshold)  # member -> {event id}
        self.activity = defaultdict(list)  # member -> sorted activity dates (SPEC reading 3)
        for member, events in self.credited.items():
            self.activity[member] += [self.events[e]["day"] for e in events]
        for member, rows in self.contributions.items():
            self.activity[member] += [d for d, _, _ in rows]
        for dates in self.activity.values():
            dates.sort()
        # A renewed plan's months of activity in the year before (first day of each month): they date
        # a first activity and feed the stickiness look-back, never a month of W.
        self.carried = defaultdict(list)
        for a in export.get("carried_activity", []):
            self.carried[a["member_id"]].append(day(a["month"] + "-01"))
        for dates in self.carried.values():
            dates.sort()
        self.surveys = export["surveys"]
        self.goals = export["goals"]

    def _credited(self, rows, threshold):
        """Credited attendance (SPEC reading 4): present rows of one member at one held event."""
        minutes, unknown = defaultdict(int), set()
        for a in rows:
            event = self.events.get(a["event_id"])
            if a["status"] != "present" or event is None or event["status"] != "held":
                continue
            key = (a["member_id"], a["event_id"])
            if a["minutes"] is None:
                unknown.add(key)
            else:
                minutes[key] += a["minutes"]
        credited = defaultdict(set)
        for key in set(minutes) | unknown:
            duration = self.events[key[1]]["duration_minutes"]
            if key in unknown or minutes[key] >= threshold * duration:
                credited[key[0]].add(key[1])
        return credited


def is_member_on(m, d):
    return (m["joined"] is None or m["joined"] <= d) and (m["left"] is None or d <= m["left"])


def overlaps(m, a, b):
    return (m["joined"] is None or m["joined"] <= b) and (m["left"] is None or a <= m["left"])


# --- the figures ---------------------------------------------------------------------------------
class Figures:
    """Every §8 figure for one window [a, b]; `today` decides which months are complete."""

    def __init__(self, plan, a, b, everyone, today):
        self.plan, self.a, self.b, self.today = plan, a, b, today
        self.counted = lambda m: everyone or m["role"] in COUNTED_ROLES
        self.people = [m for m in plan.members.values() if self.counted(m) and overlaps(m, a, b)]
        self.months = months_between(a, b)

    def clip(self, m):
        """The days of month m inside W."""
        return max(first_day(m), self.a), min(last_day(m), self.b)

    def active(self, member, lo, hi):
        return any(lo <= d <= hi for d in self.plan.activity.get(member["id"], ()))

    def first_activity(self, member):
        dates = self.plan.activity.get(member["id"], []) + self.plan.carried.get(member["id"], [])
        return min(dates) if dates else None

    def rate(self, member, lo, hi):
        """Attendance rate over [lo, hi]: events held there while a member (SPEC reading 2)."""
        events = [e for e in self.plan.held if lo <= e["day"] <= hi and is_member_on(member, e["day"])]
        if not events:
            return None
        mine = self.plan.credited.get(member["id"], set())
        return sum(1 for e in events if e["id"] in mine) / len(events)

    def level(self, member, lo, hi):
        """Wenger's level over [lo, hi] (already inside W)."""
        attended = any(lo <= self.plan.events[e]["day"] <= hi for e in self.plan.credited.get(member["id"], ()))
        contribs = [(k, w) for d, k, w in self.plan.contributions.get(member["id"], ()) if lo <= d <= hi]
        weight = sum(w for _, w in contribs)
        if member["role"] == "guest" and (attended or contribs):
            return "transactional"
        rate = self.rate(member, lo, hi)
        if any(k in LEADING_KINDS for k, _ in contribs) or (rate is not None and rate >= 0.75 and weight >= 10):
            return "core"
        if (rate is not None and rate >= 0.5) or weight >= 5:
            return "active"
        return "occasional" if attended or contribs else "peripheral"

    def latest_complete_month(self):
        last = month_of(self.b)
        candidate = last if self.b == last_day(last) else add_months(last, -1)
        while candidate >= month_of(self.a) and last_day(candidate) >= self.today:
            candidate = add_months(candidate, -1)  # not ended by today (SPEC reading 8)
        return candidate if candidate >= month_of(self.a) else None

    def active_in_month(self, m):
        lo, hi = self.clip(m)
        return sum(1 for p in self.people if self.active(p, lo, hi))

    def reach(self):
        if not self.people:
            return None
        reached = sum(1 for p in self.people
                      if any(self.a <= self.plan.events[e]["day"] <= self.b for e in self.plan.credited.get(p["id"], ())))
        return reached / len(self.people)

    def mean_rate(self):
        rates = [r for r in (self.rate(p, self.a, self.b) for p in self.people) if r is not None]
        return sum(rates) / len(rates) if rates else None

    def stickiness(self, latest):
        if latest is None:
            return None
        lo, hi = self.clip(latest)
        look_back = first_day(add_months(latest, -11))  # may reach before W (SPEC reading 9)
        before_w = first_day(month_of(self.a))
        year = sum(1 for p in self.people if self.active(p, look_back, hi)
                   or any(look_back <= d < before_w for d in self.plan.carried.get(p["id"], ())))
        month = sum(1 for p in self.people if self.active(p, lo, hi))
        return month / year if year else None

    def newcomers(self):
        return [p for p in self.people if self.first_activity(p) and self.a <= self.first_activity(p) <= self.b]

    def conversion(self):
        judged, converted = 0, 0
        for p in self.newcomers():
            if p["role"] == "guest":  # SPEC reading 10
                continue
            start = month_of(self.first_activity(p))
            end = last_day(add_months(start, 2))
            if end > self.b or end >= self.today:
                continue  # its three months are not over: not judged yet
            judged += 1
            converted += self.level(p, max(first_day(start), self.a), end) in ("core", "active")
        return converted / judged if judged else None

    def level_flows(self):
        quarters, q = [], (self.a.year, (self.a.month - 1) // 3 * 3 + 1)
        while first_day(q) <= self.b:
            quarters.append((q, max(first_day(q), self.a), min(last_day(add_months(q, 2)), self.b)))
            q = add_months(q, 3)
        rank = {"core": 3, "active": 2, "occasional": 1, "peripheral": 0}
        per_quarter = []
        for _, lo, hi in quarters:
            per_quarter.append({p["id"]: self.level(p, lo, hi) for p in self.people if overlaps(p, lo, hi)})
        flows = []
        for i in range(1, len(quarters)):
            before, after = per_quarter[i - 1], per_quarter[i]
            counts = {lv: {"up": 0, "held": 0, "down": 0} for lv in ("core", "active", "occasional", "peripheral")}
            for member, was in before.items():
                now = after.get(member)
                if now is None or was == "transactional" or now == "transactional":
                    continue
                move = "up" if rank[now] > rank[was] else "held" if rank[now] == rank[was] else "down"
                counts[was][move] += 1
            levels = {}
            for lv, c in counts.items():
                total = c["up"] + c["held"] + c["down"]
                levels[lv] = dict(c, **{k + "_share": (c[k] / total if total else None) for k in ("up", "held", "down")})
            label = lambda q: "%04d-Q%d" % (q[0], (q[1] - 1) // 3 + 1)
            flows.append({"from": label(quarters[i - 1][0]), "to": label(quarters[i][0]), "levels": levels})
        return flows

    def retention(self):
        cohorts = defaultdict(list)
        for p in self.newcomers():
            cohorts[month_of(self.first_activity(p))].append(p)
        table = {}
        for start in self.months:
            cohort = cohorts.get(start)
            if not cohort:
                continue
            shares = [1.0]
            for later in self.months[self.months.index(start) + 1:]:
                lo, hi = self.clip(later)
                shares.append(sum(1 for p in cohort if self.active(p, lo, hi)) / len(cohort))
            table[month_key(start)] = shares
        return table

    def concentration(self):
        by_member, by_org = defaultdict(int), defaultdict(int)
        for p in self.people:
            weight = sum(w for d, _, w in self.plan.contributions.get(p["id"], ()) if self.a <= d <= self.b)
            by_member[p["id"]] += weight
            organisation = p.get("organisation", "").strip()
            by_org[organisation if organisation else ("member", p["id"])] += weight  # SPEC reading 13

        def fewest(weights):
            total, running = sum(weights), 0
            if total <= 0:
                return 0
            for count, w in enumerate(sorted(weights, reverse=True), 1):
                running += w
                if running * 2 >= total:
                    return count
            return len(weights)

        return {"members": fewest(list(by_member.values())), "organisations": fewest(list(by_org.values()))}

    def dated_in_w(self, survey):
        when = day(survey["date"])
        return when is not None and self.a <= when <= self.b

    def surveys(self):
        result = {}
        for s in self.plan.surveys:
            if not self.dated_in_w(s):
                continue
            when = day(s["date"])
            responses = s["responses"]  # every answer the survey received (SPEC reading 14)
            invited = s["invited"] if s["invited"] > 0 else sum(
                1 for m in self.plan.members.values() if self.counted(m) and is_member_on(m, when))
            recommend = {q["id"] for q in s["questions"] if q["type"] == "recommend"}
            scores = [a["number"] for r in responses for a in r["answers"]
                      if a["question_id"] in recommend and a["number"] is not None]
            score = None
            if scores:
                score = 100.0 * (sum(1 for x in scores if x >= 9) - sum(1 for x in scores if x <= 6)) / len(scores)
            result[s["id"]] = {"id": s["id"], "title": s["title"], "kind": s["kind"],
                               "completion_rate": min(1.0, len(responses) / invited) if invited else None,
                               "recommend_score": score}
        return result

    def goal_current(self, goal, figures):
        if goal.get("metric"):
            return figures.get(goal["metric"], KeyError)  # KeyError: a metric this script does not know
        if goal.get("survey_question_id") is not None:
            values = [a["number"] for s in self.plan.surveys if self.dated_in_w(s) for r in s["responses"]
                      for a in r["answers"] if a["question_id"] == goal["survey_question_id"] and a["number"] is not None]
            return sum(values) / len(values) if values else None
        inside = [m for m in goal.get("measurements", []) if self.a <= day(m["date"]) <= self.b]
        return max(inside, key=lambda m: (m["date"], m["id"]))["value"] if inside else None

    def goals(self, figures):
        result = {}
        for g in self.plan.goals:
            current = self.goal_current(g, figures)
            if current is KeyError:
                result[g["id"]] = {"id": g["id"], "title": g["title"], "progress": KeyError}
                continue
            progress = None
            if current is not None:
                span = g["target"] - g["baseline"]
                if span == 0:
                    progress = 1.0 if current >= g["target"] else 0.0
                else:
                    progress = min(1.0, max(0.0, (current - g["baseline"]) / span))
            result[g["id"]] = {"id": g["id"], "title": g["title"], "progress": progress}
        return result

    def compute(self):
        latest = self.latest_complete_month()
        in_w = lambda e: self.a <= e["day"] <= self.b
        levels = dict.fromkeys(LEVELS, 0)
        for p in self.people:
            levels[self.level(p, self.a, self.b)] += 1
        newcomers_by_month = {}
        for m in self.months:
            lo, hi = self.clip(m)
            newcomers_by_month[month_key(m)] = sum(1 for p in self.newcomers() if lo <= self.first_activity(p) <= hi)
        ids = {p["id"] for p in self.people}
        figures = {
            "window": {"from": self.a.isoformat(), "to": self.b.isoformat()},
            "members": len(self.people),
            "events_held": sum(1 for e in self.plan.held if in_w(e)),
            "events_planned": sum(1 for e in self.plan.events.values() if e["status"] == "planned" and in_w(e)),
            "credited_attendances": sum(1 for member, events in self.plan.credited.items() if member in ids
                                        for e in events if in_w(self.plan.events[e])),
            "reach": self.reach(),
            "mean_attendance_rate": self.mean_rate(),
            "active_members_by_month": {month_key(m): self.active_in_month(m) for m in self.months},
            "newcomers_by_month": newcomers_by_month,
            "participation_levels": levels,
            "stickiness": self.stickiness(latest),
            "newcomer_conversion": self.conversion(),
            "contribution_concentration": self.concentration(),
            "retention": self.retention(),
            "surveys": self.surveys(),
            "latest_complete_month": month_key(latest) if latest else None,
            "level_flows": self.level_flows(),
        }
        # Goal metrics read the figures above; active_members is "active in the latest complete month".
        metrics = dict(figures, active_members=self.active_in_month(latest) if latest else None)
        figures["goals"] = self.goals(metrics)
        return figures


# --- comparing -----------------------------------------------------------------------------------
MISSING = "(missing)"


def show(value):
    if value is MISSING:
        return MISSING
    if isinstance(value, float):
        return repr(round(value, 12))
    if isinstance(value, dict) and "id" in value:  # a whole survey or goal on one side only
        return "{id %s: %s}" % (value["id"], value.get("title", ""))
    return json.dumps(value, ensure_ascii=False) if value is None or not isinstance(value, str) else value


def same(got, want):
    if isinstance(got, bool) or isinstance(want, bool):
        return got is want
    if isinstance(got, (int, float)) and isinstance(want, (int, float)):
        return abs(got - want) <= EPS
    return got == want


def compare(path, got, want, out):
    """Appends (path, cultivate value, spec value) for every leaf that differs."""
    if isinstance(want, dict) and isinstance(got, dict):
        for key in list(want) + [k for k in got if k not in want]:
            compare("%s.%s" % (path, key) if path else str(key), got.get(key, MISSING), want.get(key, MISSING), out)
    elif isinstance(want, list) and isinstance(got, list):
        for i in range(max(len(got), len(want))):
            compare("%s[%d]" % (path, i), got[i] if i < len(got) else MISSING,
                    want[i] if i < len(want) else MISSING, out)
    elif want is KeyError:
        return  # a goal metric this script cannot recompute: not checked
    elif got is MISSING or want is MISSING or not same(got, want):
        out.append((path, got, want))


def by_id(rows, keys):
    """A cultivate list of objects as {id: {key: value}} restricted to the §8 keys."""
    if not isinstance(rows, list):
        return rows
    return {row.get("id"): {k: row.get(k, MISSING) for k in keys} for row in rows}


def compare_stats(got, want):
    out = []
    for key, spec_value in want.items():
        value = got.get(key, MISSING)
        if key == "surveys":
            value = by_id(value, ("id", "title", "kind", "completion_rate", "recommend_score"))
        elif key == "goals":
            value = by_id(value, ("id", "title", "progress"))
        elif key == "contribution_concentration" and isinstance(value, dict):
            value = {k: value.get(k, MISSING) for k in spec_value}
        compare(key, value, spec_value, out)
    return out


# --- running the binary --------------------------------------------------------------------------
TODAY = None  # handed to cultivate as CULTIVATE_TODAY when given


def run(binary, *args):
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if TODAY:
        env["CULTIVATE_TODAY"] = TODAY.isoformat()
    proc = subprocess.run([binary, *args], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise CommandFailed("%s %s exited %d: %s" % (os.path.basename(binary), " ".join(args), proc.returncode,
                                                    proc.stderr.strip() or proc.stdout.strip()))
    return proc.stdout


def windows(plan, today):
    """The five windows, chosen from the plan's own dates: name -> (from, to) or None for the default."""
    result = {"default": None}
    last_complete = min(plan.end, today - dt.timedelta(days=1))
    whole = [m for m in months_between(plan.start, plan.end)
             if first_day(m) >= plan.start and last_day(m) <= last_complete]
    m = whole[len(whole) // 2] if whole else month_of(plan.start)
    result["month"] = (first_day(m), last_day(m))
    m = add_months(month_of(plan.start), 2)
    result["mid-month"] = (first_day(m).replace(day=10), min(plan.end, first_day(add_months(m, 4)).replace(day=20)))
    boundaries = [dt.date(y, 1, 1) for y in range(plan.start.year + 1, plan.end.year + 1)]
    new_year = boundaries[0] if boundaries else dt.date(plan.start.year + 1, 1, 1)
    result["year-boundary"] = (new_year - dt.timedelta(days=45), new_year + dt.timedelta(days=40))
    result["past-end"] = (plan.end - dt.timedelta(days=50), plan.end + dt.timedelta(days=40))
    # A very short plan (--months 1 or 2) leaves no room for some windows: drop those.
    return {name: w for name, w in result.items() if w is None or w[0] <= w[1]}


def check_seed(args, seed, today_override):
    cop = os.path.join(args.workdir, "seed%d.cop" % seed)
    exported = os.path.join(args.workdir, "seed%d.json" % seed)
    for path in (cop, exported):
        if os.path.exists(path):
            os.remove(path)
    run(args.binary, "demo", cop, "--seed", str(seed), "--members", str(args.members), "--months", str(args.months))
    run(args.binary, "export", cop, "json", "-o", exported)
    with open(exported, encoding="utf-8") as f:
        plan = Plan(json.load(f))
    today = today_override or plan.exported
    if today != plan.exported:
        raise CommandFailed("the export says today is %s, not %s: CULTIVATE_TODAY was not honoured"
                            % (plan.exported, today))
    mismatches, runs = [], 0
    for name, window in windows(plan, today).items():
        for everyone in (False, True):
            argv = ["stats", cop, "--json"]
            if window:
                argv += ["--from", window[0].isoformat(), "--to", window[1].isoformat()]
                a, b = window
            else:  # "default: the plan year so far"
                a, b = plan.start, max(plan.start, min(today, plan.end))
            if everyone:
                argv.append("--everyone")
            try:
                got = json.loads(run(args.binary, *argv))
            except json.JSONDecodeError as e:
                raise CommandFailed("stats printed no JSON object: %s" % e)
            want = Figures(plan, a, b, everyone, today).compute()
            label = "seed %d window %s %s" % (seed, name, "everyone" if everyone else "counted")
            for path, cultivate, spec in compare_stats(got, want):
                mismatches.append("%s: %s: cultivate %s != spec %s" % (label, path, show(cultivate), show(spec)))
            runs += 1
    return mismatches, runs


def main(argv):
    parser = argparse.ArgumentParser(description="Check `cultivate stats --json` against SPEC §5.")
    parser.add_argument("binary")
    parser.add_argument("workdir")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--today", help="today for the spec side (default: the export's clock)")
    parser.add_argument("--members", type=int, default=60)
    parser.add_argument("--months", type=int, default=14, help="14 so that the plan crosses a new year")
    args = parser.parse_args(argv)  # exits 2 on a usage error
    try:
        seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
        today = dt.date.fromisoformat(args.today) if args.today else None
    except ValueError as e:
        parser.error(str(e))
    global TODAY
    TODAY = today
    if not os.access(args.binary, os.X_OK):
        parser.error("%s is not an executable" % args.binary)
    os.makedirs(args.workdir, exist_ok=True)
    mismatches, runs = [], 0
    try:
        for seed in seeds:
            found, count = check_seed(args, seed, today)
            mismatches += found
            runs += count
    except (CommandFailed, OSError) as e:
        print("spec_check: %s" % e, file=sys.stderr)
        return 2
    for line in mismatches:
        print(line)
    print("spec_check: %d stats runs over %d seed(s), %d mismatch(es)" % (runs, len(seeds), len(mismatches)))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
