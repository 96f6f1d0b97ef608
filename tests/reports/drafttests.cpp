// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Communication drafts around events and for sponsors: the right recipients, the right words, consent.
#include "testsupport.h"

#include "reporttestsupport.h"

#include "core/reports/drafts.h"
#include "core/reports/reportformat.h"

using namespace cultivate;
using test::ReportFixture;

namespace {

EventDraftData eventData()
{
    auto &f = ReportFixture::shared();
    auto data = loadEventDraftData(*f.plan, f.eventId);
    REQUIRE_OK(data);
    return std::move(data).value();
}

QString emailOf(const EventDraftData &data, Id id)
{
    for (const Member &m : data.members) {
        if (m.id == id)
            return m.email;
    }
    return {};
}

} // namespace

TEST_CASE("the reminder draft gives the event's time, place, agenda and resources and writes in blind copy")
{
    const EventDraftData data = eventData();
    const Draft d = eventDraft(data, EventDraftKind::Reminder);
    CHECK(d.subject.startsWith(QStringLiteral("Reminder: Coffee with a member, ")));
    CHECK(d.subject.endsWith(QStringLiteral(" at 15:00")));
    CHECK(d.body.contains(QStringLiteral("When: ")));
    CHECK(d.body.contains(QStringLiteral("15:00\u201316:00")));
    CHECK(d.body.contains(QStringLiteral("Where: https://meet.example.org/coffee")));
    CHECK(d.body.contains(QStringLiteral("Agenda:\n- Welcome\n- Short demo\n- Questions")));
    CHECK(d.body.contains(QStringLiteral("- Dashboard slides: https://files.example.org/dashboard.pdf")));
    CHECK(d.to.isEmpty());
    CHECK(d.bcc.contains(QStringLiteral("script@example.org")));
    CHECK(d.bcc.size() > 20);
    CHECK_FALSE(d.body.contains(ReportFixture::shared().hiddenName));
}

TEST_CASE("the follow-up draft gives the turnout and thanks consenting hosts by name and others without one")
{
    auto &f = ReportFixture::shared();
    const EventDraftData data = eventData();
    const Draft d = eventDraft(data, EventDraftKind::FollowUp);
    CHECK(d.subject == QStringLiteral("Thank you for joining Coffee with a member"));
    CHECK(d.body.contains(
        QStringLiteral("Special thanks to %1 and another member for hosting and presenting.").arg(f.namedName)));
    CHECK(d.body.contains(QStringLiteral("2 of us joined"))); // 10 minutes of 60 is not a credited attendance
    CHECK(d.body.contains(QStringLiteral("- Turnout: 2 of ")));
    CHECK(d.body.contains(QStringLiteral("- a member showed the dashboard"))); // an alias counts as a name
    CHECK(d.body.contains(QStringLiteral("Resources from the session:\n- Dashboard slides")));
    CHECK_FALSE(d.body.contains(f.hiddenName));
    CHECK_FALSE(d.body.contains(QStringLiteral("Willa")));
}

TEST_CASE("the missed-you draft goes only to the members who were not credited")
{
    auto &f = ReportFixture::shared();
    const EventDraftData data = eventData();
    const Draft d = eventDraft(data, EventDraftKind::MissedYou);
    CHECK(d.subject == QStringLiteral("We missed you at Coffee with a member"));
    CHECK(d.bcc.contains(QStringLiteral("script@example.org")));
    CHECK_FALSE(d.bcc.contains(emailOf(data, f.hiddenId)));
    CHECK_FALSE(d.bcc.contains(emailOf(data, f.namedId)));
    CHECK(d.body.contains(QStringLiteral("You can catch up with:")));
    CHECK(d.body.contains(QStringLiteral("the rhythm is ours to adjust")));
}

TEST_CASE("a mailto link percent-encodes the subject, the body and the recipients")
{
    Draft d;
    d.subject = QStringLiteral("Hello & welcome?");
    d.body = QStringLiteral("Line 1\nLine 2 \u00fc");
    d.to = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    d.bcc = {QStringLiteral("c+x@example.org")};
    CHECK(mailtoText(d) == QStringLiteral("mailto:a@example.org,b@example.org?subject=Hello%20%26%20welcome%3F"
                                          "&body=Line%201%0D%0ALine%202%20%C3%BC&bcc=c%2Bx@example.org"));
    const QUrl url = mailtoUrl(d);
    CHECK(url.isValid());
    CHECK(url.scheme() == QStringLiteral("mailto"));
    CHECK(mailtoText(Draft{}) == QStringLiteral("mailto:"));
}

TEST_CASE("the sponsor draft thanks the sponsors and sums up the period's figures")
{
    auto &f = ReportFixture::shared();
    const Draft d = sponsorDraft(f.data, {}, f.clock.today());
    const Metrics m = computeMetrics(f.data.metrics, {}, f.clock.today());
    REQUIRE_FALSE(f.data.sponsors.isEmpty());
    for (const Member &s : f.data.sponsors) {
        if (!s.email.isEmpty() && !s.leftDate.isValid())
            CHECK(d.to.contains(s.email));
    }
    CHECK(d.subject.startsWith(f.data.metrics.community.name));
    CHECK(d.body.contains(QStringLiteral("- %1 events held, with %2 credited attendances")
                              .arg(reportCount(m.eventsHeld), reportCount(m.creditedAttendances))));
    CHECK(d.body.contains(QStringLiteral("%1 of our %2 members").arg(reportShare(m.reach), reportCount(m.members))));
    CHECK(d.body.contains(QStringLiteral("- Goal \u201cReach most of the people we invited\u201d: ")));
    CHECK(d.body.contains(QStringLiteral("The full stakeholder report is attached.")));
    CHECK_FALSE(d.body.contains(f.hiddenName));
}
