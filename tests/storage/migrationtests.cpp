// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plans written by an older Cultivate (schema version 1, kept in tests/data/plans): opened for
// editing they climb the migration ladder in one transaction; opened for reading they are read
// through an upgraded copy in memory and left byte for byte as they were.
#include "testsupport.h"

#include "core/assessment/assessment.h"
#include "core/storage/plan.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cultivate;
using namespace cultivate::test;

namespace {

QString copyOf(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    REQUIRE(QFile::copy(dataFile(QStringLiteral("plans/") + QString::fromLatin1(name)), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}

} // namespace

TEST_CASE("a version-1 plan opened for editing is upgraded to the current schema with its data intact")
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, "v1-demo-small.cop");
    REQUIRE(inspectPlanFile(path).value().userVersion == 1);
    {
        auto plan = Plan::open(path, OpenMode::ReadWrite);
        REQUIRE_OK(plan);
        CHECK(plan.value()->schemaVersion() == schema::CurrentVersion);
        CHECK(plan.value()->list<Member>().value().size() == 12);
        // The settings and the desk's marks of version 2 are there and work.
        REQUIRE_OK(plan.value()->add(PlanSetting{0, QStringLiteral("health.feedback_days"), 45}));
        REQUIRE_OK(plan.value()->add(DeskMark{0, QStringLiteral("reminder:event:1"), DeskMarkKind::Snoozed,
                                              QDate(2026, 12, 4), QDate(2026, 12, 7)}));
    }
    CHECK(inspectPlanFile(path).value().userVersion == schema::CurrentVersion);
    auto again = Plan::open(path, OpenMode::ReadOnly);
    REQUIRE_OK(again);
    CHECK(again.value()->list<PlanSetting>().value().size() == 1);
    CHECK(again.value()->list<DeskMark>().value().first().until == QDate(2026, 12, 7));
}

TEST_CASE("a version-1 plan opened for reading is read upgraded in memory and left untouched")
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, "v1-demo-small.cop");
    const QByteArray before = fileDigest(path);
    {
        auto plan = Plan::open(path, OpenMode::ReadOnly);
        REQUIRE_OK(plan);
        CHECK(plan.value()->isReadOnly());
        CHECK(plan.value()->schemaVersion() == schema::CurrentVersion);
        CHECK(plan.value()->readOnlyReason().contains(QStringLiteral("older format")));
        CHECK(plan.value()->list<Member>().value().size() == 12);
        CHECK(plan.value()->list<PlanSetting>().value().isEmpty());
        // The figures read through the copy, as `stats` and the portfolio do.
        auto assessed = assessPlan(*plan.value(), {}, QDate(2026, 12, 4));
        REQUIRE_OK(assessed);
        CHECK(assessed.value().current.members > 0);
        // Nothing can be written to it.
        CHECK(plan.value()->add(PlanSetting{0, QStringLiteral("health.feedback_days"), 45}).code() ==
              ErrorCode::ReadOnly);
    }
    CHECK(fileDigest(path) == before);
    CHECK(inspectPlanFile(path).value().userVersion == 1);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    CHECK(left == QStringList{QStringLiteral("v1-demo-small.cop")});
}
