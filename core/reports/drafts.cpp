// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/drafts.h"

#include "core/assessment/assessment.h"
#include "core/reports/reportformat.h"
#include "core/storage/plan.h"

#include <QCoreApplication>
#include <QLocale>

#include <numeric>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class DraftText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Drafts)
};

QString longDay(const QDate &date)
{
    return reportLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}
QString shortDay(const QDate &date)
{
    return reportLocale().toString(date, QStringLiteral("dddd d MMMM"));
}
QString clock(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString joinedList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return DraftText::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

bool countedRole(Role role)
{
    return role != Role::Facilitator && role != Role::Sponsor;
}

bool memberOn(const Member &m, const QDate &date)
{
    return (!m.joinedDate.isValid() || m.joinedDate <= date) && (!m.leftDate.isValid() || m.leftDate >= date);
}

QStringList withheldNames(const QList<Member> &members)
{
    QStringList names;
    for (const Member &m : members) {
        if (!m.consentReport)
            names << m.name << m.aliases;
    }
    return names;
}

// "Jane Doe" for facilitators who consented to be named, else a neutral signature.
QString signature(const QList<Member> &members, const QDate &date, const NameGuard &guard)
{
    QStringList named;
    for (const Member &m : members) {
        if (m.role == Role::Facilitator && memberOn(m, date) && m.consentReport && !m.name.trimmed().isEmpty())
            named << guard.clean(m.name.trimmed());
    }
    return named.isEmpty() ? DraftText::tr("Your facilitator") : joinedList(named);
}

QString percentEncoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

// The credited attendees of the event among counted members (SPEC §5: present, and for at least the
// plan's share of the event when minutes are known; several joins add up).
QSet<Id> creditedMembers(const EventDraftData &data)
{
    QHash<Id, std::pair<bool, int>> byMember; // present, known minutes (-1: unknown)
    for (const Attendance &a : data.attendance) {
        if (a.status != AttendanceStatus::Present)
            continue;
        auto &entry = byMember[a.memberId];
        entry.first = true;
        if (a.minutes)
            entry.second = std::max(entry.second, 0) + *a.minutes;
        else if (entry.second == 0)
            entry.second = -1;
    }
    const double threshold = data.community.attendanceThreshold * data.event.durationMinutes;
    QSet<Id> credited;
    for (auto it = byMember.cbegin(); it != byMember.cend(); ++it) {
        if (it.value().first && (it.value().second < 0 || it.value().second >= threshold))
            credited.insert(it.key());
    }
    return credited;
}

QString whenLine(const EventDraftData &data)
{
    const Event &e = data.event;
    QString when = DraftText::tr("%1, %2\u2013%3")
                       .arg(longDay(e.start.date()), clock(e.start.time()),
                            clock(e.start.time().addSecs(qint64(e.durationMinutes) * 60)));
    if (!data.community.timeZone.isEmpty())
        when += QStringLiteral(" (%1)").arg(data.community.timeZone);
    return when;
}

QString nextLine(const EventDraftData &data, const NameGuard &guard)
{
    if (!data.nextEvent)
        return {};
    const Event &n = *data.nextEvent;
    return DraftText::tr("The next session is \u201c%1\u201d on %2 at %3.")
        .arg(guard.clean(n.title.trimmed()), shortDay(n.start.date()), clock(n.start.time()));
}

QStringList resourceLines(const EventDraftData &data, const NameGuard &guard)
{
    QStringList lines;
    for (const Resource &r : data.resources) {
        const QString title = guard.clean(r.title.trimmed());
        lines << (r.location.trimmed().isEmpty() ? QStringLiteral("- %1").arg(title)
                                                 : QStringLiteral("- %1: %2").arg(title, r.location.trimmed()));
    }
    return lines;
}

} // namespace

QString mailtoText(const Draft &draft)
{
    QStringList to;
    for (const QString &address : draft.to)
        to << percentEncoded(address.trimmed(), "@");
    QStringList bcc;
    for (const QString &address : draft.bcc)
        bcc << percentEncoded(address.trimmed(), "@");
    QStringList fields;
    if (!draft.subject.isEmpty())
        fields << QStringLiteral("subject=") + percentEncoded(draft.subject);
    if (!draft.body.isEmpty()) {
        QString body = draft.body;
        body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        fields << QStringLiteral("body=") + percentEncoded(body);
    }
    if (!bcc.isEmpty())
        fields << QStringLiteral("bcc=") + bcc.join(QLatin1Char(','));
    QString url = QStringLiteral("mailto:") + to.join(QLatin1Char(','));
    if (!fields.isEmpty())
        url += QLatin1Char('?') + fields.join(QLatin1Char('&'));
    return url;
}

QUrl mailtoUrl(const Draft &draft)
{
    return QUrl(mailtoText(draft), QUrl::StrictMode);
}

Result<EventDraftData> loadEventDraftData(const Plan &plan, Id eventId)
{
    EventDraftData data;
    auto community = plan.community();
    if (!community.ok())
        return community.error();
    data.community = community.value();
    auto event = plan.get<Event>(eventId);
    if (!event.ok())
        return event.error();
    data.event = event.value();
    auto members = plan.list<Member>();
    auto attendance = plan.listWhere<Attendance>(QStringLiteral("event_id"), eventId);
    auto contributions = plan.listWhere<Contribution>(QStringLiteral("event_id"), eventId);
    auto resources = plan.list<Resource>();
    auto events = plan.list<Event>();
    for (const Error *e : {members.ok() ? nullptr : &members.error(), attendance.ok() ? nullptr : &attendance.error(),
                           contributions.ok() ? nullptr : &contributions.error(),
                           resources.ok() ? nullptr : &resources.error(), events.ok() ? nullptr : &events.error()}) {
        if (e)
            return *e;
    }
    data.members = members.value();
    data.attendance = attendance.value();
    data.contributions = contributions.value();
    QSet<Id> linked;
    for (const Contribution &c : std::as_const(data.contributions)) {
        if (c.resourceId)
            linked.insert(*c.resourceId);
    }
    for (const Resource &r : std::as_const(resources.value())) {
        if (r.eventId == eventId || linked.contains(r.id))
            data.resources << r;
    }
    for (const Event &e : std::as_const(events.value())) {
        if (e.id != eventId && e.status == EventStatus::Planned && e.start > data.event.start &&
            (!data.nextEvent || e.start < data.nextEvent->start))
            data.nextEvent = e;
    }
    return data;
}

Draft eventDraft(const EventDraftData &data, EventDraftKind kind)
{
    const NameGuard guard(withheldNames(data.members));
    const Event &e = data.event;
    const QDate day = e.start.date();
    const QString title = guard.clean(e.title.trimmed());
    const QString topic = guard.clean(e.topic.trimmed());
    const QString community = guard.clean(data.community.name.trimmed());
    const QString sign = signature(data.members, day, guard);
    const QSet<Id> credited = creditedMembers(data);

    int membersAtDate = 0;
    int attendees = 0;
    QStringList everyone;
    QStringList missed;
    for (const Member &m : data.members) {
        if (!countedRole(m.role) || !memberOn(m, day))
            continue;
        ++membersAtDate;
        const bool came = credited.contains(m.id);
        attendees += came;
        if (m.email.trimmed().isEmpty())
            continue;
        everyone << m.email.trimmed();
        if (!came)
            missed << m.email.trimmed();
    }

    Draft draft;
    QStringList body;
    switch (kind) {
    case EventDraftKind::Reminder: {
        draft.subject = DraftText::tr("Reminder: %1, %2 at %3").arg(title, shortDay(day), clock(e.start.time()));
        draft.bcc = everyone;
        body << DraftText::tr("Hello everyone,") << QString()
             << DraftText::tr("A reminder that our next %1 is one week away.").arg(label(e.kind).toLower()) << QString()
             << title << DraftText::tr("When: %1").arg(whenLine(data));
        if (!e.location.trimmed().isEmpty())
            body << DraftText::tr("Where: %1").arg(guard.clean(e.location.trimmed()));
        if (!topic.isEmpty())
            body << DraftText::tr("Topic: %1").arg(topic);
        const QStringList agenda = guard.clean(e.agenda.trimmed()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!agenda.isEmpty()) {
            body << QString() << DraftText::tr("Agenda:");
            for (const QString &line : agenda)
                body << QStringLiteral("- %1").arg(line.trimmed());
        }
        const QStringList resources = resourceLines(data, guard);
        if (!resources.isEmpty())
            body << QString() << DraftText::tr("To prepare, you may want to look at:") << resources;
        body << QString()
             << DraftText::tr(
                    "If you would like to share something for a few minutes, or bring a question for the group, reply "
                    "to this message.")
             << QString() << DraftText::tr("See you there,");
        break;
    }
    case EventDraftKind::FollowUp: {
        draft.subject = DraftText::tr("Thank you for joining %1").arg(title);
        draft.bcc = everyone;
        body << DraftText::tr("Hello everyone,") << QString();
        QString thanks = DraftText::tr("Thank you to everyone who took part in %1 on %2.").arg(title, shortDay(day));
        if (membersAtDate > 0) {
            thanks +=
                QLatin1Char(' ') + DraftText::tr("%1 of us joined, %2 of the community.")
                                       .arg(reportCount(attendees), reportShare(double(attendees) / membersAtDate));
        }
        body << thanks;
        QStringList hosts;
        int unnamedHosts = 0;
        QSet<Id> seen;
        for (const Contribution &c : data.contributions) {
            if ((c.kind != ContributionKind::Hosting && c.kind != ContributionKind::Presentation) ||
                seen.contains(c.memberId))
                continue;
            seen.insert(c.memberId);
            const auto member = std::find_if(data.members.cbegin(), data.members.cend(),
                                             [&c](const Member &m) { return m.id == c.memberId; });
            if (member != data.members.cend() && member->consentReport && !member->name.trimmed().isEmpty())
                hosts << guard.clean(member->name.trimmed());
            else
                ++unnamedHosts;
        }
        if (!hosts.isEmpty()) {
            if (unnamedHosts > 0)
                hosts << (unnamedHosts == 1 ? DraftText::tr("another member")
                                            : DraftText::tr("%1 other members").arg(unnamedHosts));
            body << DraftText::tr("Special thanks to %1 for hosting and presenting.").arg(joinedList(hosts));
        } else if (unnamedHosts > 0) {
            body << DraftText::tr("Special thanks to the members who hosted and presented.");
        }
        QStringList highlights;
        if (!topic.isEmpty())
            highlights << DraftText::tr("- We worked on: %1").arg(topic);
        if (membersAtDate > 0)
            highlights << DraftText::tr("- Turnout: %1 of %2 members (%3)")
                              .arg(reportCount(attendees), reportCount(membersAtDate),
                                   reportShare(double(attendees) / membersAtDate));
        for (const QString &line : guard.clean(e.notes.trimmed()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            highlights << QStringLiteral("- %1").arg(line.trimmed());
        if (!highlights.isEmpty())
            body << QString() << DraftText::tr("Highlights:") << highlights;
        const QStringList resources = resourceLines(data, guard);
        if (!resources.isEmpty())
            body << QString() << DraftText::tr("Resources from the session:") << resources;
        if (const QString next = nextLine(data, guard); !next.isEmpty())
            body << QString() << next;
        body << QString()
             << DraftText::tr(
                    "If a question came up afterwards, reply to this message and I will share the answers with "
                    "everyone.")
             << QString() << DraftText::tr("Best wishes,");
        break;
    }
    case EventDraftKind::MissedYou: {
        draft.subject = DraftText::tr("We missed you at %1").arg(title);
        draft.bcc = missed;
        body << DraftText::tr("Hello,") << QString();
        QString text = DraftText::tr("We missed you at %1 on %2.").arg(title, shortDay(day));
        if (attendees > 0)
            text += QLatin1Char(' ') + DraftText::tr("%1 members took part.").arg(reportCount(attendees));
        if (!topic.isEmpty())
            text += QLatin1Char(' ') + DraftText::tr("We talked about %1.").arg(topic);
        body << text;
        const QStringList resources = resourceLines(data, guard);
        if (!resources.isEmpty())
            body << QString() << DraftText::tr("You can catch up with:") << resources;
        body << QString();
        if (const QString next = nextLine(data, guard); !next.isEmpty())
            body << next + QLatin1Char(' ') + DraftText::tr("It would be good to see you there.");
        body << DraftText::tr(
                    "If the day or the time does not suit you, reply and tell me what would work better: the rhythm "
                    "is ours to adjust.")
             << QString() << DraftText::tr("Best wishes,");
        break;
    }
    }
    body << sign;
    if (!community.isEmpty())
        body << community;
    draft.body = body.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return draft;
}

Draft sponsorDraft(const ReportData &data, const ReportOptions &options, const QDate &today)
{
    const NameGuard guard(data.withheldNames);
    MetricsOptions metricsOptions;
    metricsOptions.from = options.from;
    metricsOptions.to = options.to;
    metricsOptions.includeEveryone = options.includeEveryone;
    const Assessment assessment = assess(data.metrics, metricsOptions, today);
    const Metrics &m = assessment.current;
    const QString community = guard.clean(data.metrics.community.name.trimmed());
    const QString period = reportPeriod(m.from, m.to);
    const qint64 now = today.toJulianDay();

    Draft draft;
    QStringList sponsors;
    for (const Member &sponsor : data.sponsors) {
        if (sponsor.leftDate.isValid() && sponsor.leftDate < today)
            continue;
        if (!sponsor.email.trimmed().isEmpty())
            draft.to << sponsor.email.trimmed();
        if (sponsor.consentReport && !sponsor.name.trimmed().isEmpty())
            sponsors << guard.clean(sponsor.name.trimmed()).section(QLatin1Char(' '), 0, 0);
    }
    QStringList facilitators;
    for (size_t i = 0; i < data.metrics.members.size(); ++i) {
        const auto &member = data.metrics.members[i];
        if (member.role != Role::Facilitator || member.left < now)
            continue;
        if (const auto name = consentedName(data, int(i)))
            facilitators << guard.clean(name->trimmed());
    }
    draft.subject = DraftText::tr("%1: results for %2").arg(community, period);

    QStringList body;
    body << (sponsors.isEmpty() ? DraftText::tr("Dear sponsors,") : DraftText::tr("Dear %1,").arg(joinedList(sponsors)))
         << QString()
         << DraftText::tr("Thank you for supporting %1. Here is a short summary of %2.").arg(community, period)
         << QString();
    body << DraftText::tr("- %1 events held, with %2 credited attendances")
                .arg(reportCount(m.eventsHeld), reportCount(m.creditedAttendances));
    body << DraftText::tr("- %1 of our %2 members took part at least once")
                .arg(reportShare(m.reach), reportCount(m.members));
    if (const auto active = m.activeLatestMonth())
        body << DraftText::tr("- %1 members were active in %2")
                    .arg(reportCount(*active), reportMonth(m.latestCompleteMonthKey()));
    const int newcomers = m.newcomers();
    if (newcomers > 0)
        body << DraftText::tr("- %1 people took part for the first time").arg(reportCount(newcomers));
    for (const GoalFigures &g : m.goals) {
        if (g.progress)
            body << DraftText::tr("- Goal \u201c%1\u201d: %2 of the way to the target")
                        .arg(guard.clean(g.title), reportShare(g.progress));
    }
    QStringList stories;
    for (const Story &s : data.stories) {
        if (s.consent && s.date.isValid() && s.date >= m.from && s.date <= m.to)
            stories << QStringLiteral("\u201c%1\u201d").arg(guard.clean(s.title.trimmed()));
    }
    if (!stories.isEmpty())
        body << QString()
             << DraftText::tr("Members shared %1 of the value they gained, among them %2.")
                    .arg(stories.size() == 1 ? DraftText::tr("one story")
                                             : DraftText::tr("%1 stories").arg(stories.size()),
                         joinedList(stories.mid(0, 2)));
    const HealthReport &health = assessment.health;
    body << QString() << DraftText::tr("Our health check: %1.").arg(health.headline());
    if (!health.flags.isEmpty()) {
        body << DraftText::tr("What we will work on next:");
        for (const HealthFlag &f : health.flags.mid(0, 3))
            body << QStringLiteral("- %1").arg(guard.clean(f.recommendation));
    }
    body << QString()
         << DraftText::tr(
                "The full stakeholder report is attached. I would welcome half an hour with you to talk it through.")
         << QString() << DraftText::tr("With thanks,")
         << (facilitators.isEmpty() ? DraftText::tr("Your facilitator") : joinedList(facilitators));
    if (!community.isEmpty())
        body << community;
    draft.body = body.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return draft;
}

} // namespace cultivate
