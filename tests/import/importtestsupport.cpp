// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtestsupport.h"

#include <QDir>
#include <QFile>

namespace cultivate::test {

QString importFixture(const QString &name)
{
    return dataFile(QStringLiteral("import/") + name);
}

QString teamsSample(const QString &name)
{
    return dataFile(QStringLiteral("teams/") + name);
}

const Clock &importClock()
{
    static const FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0)));
    return clock;
}

std::unique_ptr<Plan> importPlan()
{
    Community community;
    community.name = QStringLiteral("Import tests");
    community.startDate = QDate(2025, 9, 1);
    community.endDate = QDate(2026, 12, 31);
    auto created = Plan::createInMemory(community, {}, importClock());
    REQUIRE_OK(created);
    auto plan = std::move(created).value();
    const auto add = [&plan](const char *name, const char *email, Role role, QStringList aliases = {}) {
        Member m;
        m.name = QString::fromUtf8(name);
        m.email = QString::fromUtf8(email);
        m.role = role;
        m.aliases = std::move(aliases);
        REQUIRE_OK(plan->add(m));
    };
    add("Amara Okafor", "amara.okafor@riverbank.example", Role::Facilitator);
    add("Bram de Vries", "bram@polder.example", Role::Member);
    add("Chiara Rossi", "Chiara.Rossi@Lumen.example", Role::Member);
    add("Dmitri Volkov", "dmitri@steppe.example", Role::Expert);
    add("Johanna Berg", "", Role::Champion, {QStringLiteral("J. Berg")});
    add("Greta Lindqvist", "greta@fjord.example", Role::Member);
    add("Hamid Rahimi", "hamid@oasis.example", Role::Member);
    return plan;
}

Id memberIdByName(const Plan &plan, const QString &name)
{
    auto members = plan.list<Member>();
    REQUIRE_OK(members);
    for (const Member &m : members.value()) {
        if (m.name == name)
            return m.id;
    }
    FAIL("no member named " << name.toStdString());
    return 0;
}

ImportPreview previewFile(const Plan &plan, const QString &path, ImportKind kind, ImportFormat format,
                          OptionalId eventId)
{
    auto preview = previewImport(plan, path, ImportOptions{kind, format, eventId, {}, {}, false});
    REQUIRE_OK(preview);
    return preview.value();
}

const PersonPlan &personNamed(const ImportPreview &preview, const QString &name)
{
    for (const PersonPlan &p : preview.people) {
        if (p.names.value(0) == name)
            return p;
    }
    FAIL("no person named " << name.toStdString() << " in the preview");
    return preview.people.constFirst();
}

const ReportPerson &reportPerson(const AttendanceReport &report, const QString &name)
{
    for (const ReportPerson &p : report.people) {
        if (p.name == name)
            return p;
    }
    FAIL("no person named " << name.toStdString() << " in the report");
    return report.people.constFirst();
}

CsvTable fixtureTable(const QString &name)
{
    QFile file(importFixture(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const DecodedText decoded = decodeText(file.readAll());
    auto table = readCsv(decoded.text);
    REQUIRE_OK(table);
    return table.value();
}

} // namespace cultivate::test
