// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-plan JSON export (SPEC §8): an array per entity, ISO dates, the plan's ids.
#include "testsupport.h"

#include "sampleplan.h"

#include "core/export/jsonexport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cultivate;

namespace {

const FixedClock TestClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));

QJsonObject exportOf(const Plan &plan)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE_OK(writePlanJson(plan, buffer));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// A device that accepts `limit` bytes, then fails like a full disk.
class FailingDevice final : public QIODevice {
public:
    explicit FailingDevice(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_limit = 0;
    qint64 m_written = 0;
};

} // namespace

TEST_CASE("the JSON export holds every entity of the plan")
{
    auto plan = test::samplePlan(TestClock);
    const QJsonObject json = exportOf(*plan);

    CHECK(json.value(QStringLiteral("format")).toString() == QLatin1String("cultivate-plan"));
    CHECK(json.value(QStringLiteral("schema_version")).toInt() == plan->schemaVersion());
    for (const char *key :
         {"community", "budget_lines", "stages", "goals", "members", "series", "events", "imports", "attendance",
          "contribution_weights", "contributions", "resources", "surveys", "stories", "recognitions"}) {
        INFO(key);
        REQUIRE(json.value(QLatin1String(key)).isArray());
        CHECK_FALSE(json.value(QLatin1String(key)).toArray().isEmpty());
    }

    const QJsonObject community = json.value(QStringLiteral("community")).toArray().first().toObject();
    CHECK(community.value(QStringLiteral("name")).toString() == QLatin1String("Sample"));
    CHECK(community.value(QStringLiteral("start_date")).toString() == QLatin1String("2026-01-05"));

    const QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
    CHECK(stages.size() == 5);
    int checklistItems = 0;
    for (const auto &stage : stages)
        checklistItems += int(stage.toObject().value(QStringLiteral("checklist")).toArray().size());
    CHECK(checklistItems == int(plan->list<ChecklistItem>().value().size()));

    const QJsonObject member = json.value(QStringLiteral("members")).toArray().first().toObject();
    CHECK(member.value(QStringLiteral("id")).toInteger() == plan->list<Member>().value().first().id);
    CHECK(member.value(QStringLiteral("aliases")).toArray().first().toString() == QLatin1String("HADDAD Noor (EXT)"));
    CHECK(member.value(QStringLiteral("role")).toString() == QLatin1String("member"));
    CHECK(member.value(QStringLiteral("consent_report")).isBool());
    CHECK(member.value(QStringLiteral("left_date")).isNull());

    const QJsonObject event = json.value(QStringLiteral("events")).toArray().first().toObject();
    CHECK(QDateTime::fromString(event.value(QStringLiteral("start")).toString(), Qt::ISODate).isValid());

    const QJsonObject survey = json.value(QStringLiteral("surveys")).toArray().first().toObject();
    REQUIRE(survey.value(QStringLiteral("questions")).toArray().size() == 1);
    const QJsonArray responses = survey.value(QStringLiteral("responses")).toArray();
    REQUIRE(responses.size() == 1);
    CHECK(responses.first()
              .toObject()
              .value(QStringLiteral("answers"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("number"))
              .toDouble() == 3.0);

    const QJsonObject goal = json.value(QStringLiteral("goals")).toArray().first().toObject();
    CHECK(goal.value(QStringLiteral("measurements")).toArray().size() == 1);
    const QJsonObject story = json.value(QStringLiteral("stories")).toArray().first().toObject();
    CHECK(story.value(QStringLiteral("cycles")).toArray().first().toString() == QLatin1String("immediate"));
    CHECK(story.value(QStringLiteral("member_ids")).toArray().size() == 1);
    const QJsonObject resource = json.value(QStringLiteral("resources")).toArray().first().toObject();
    CHECK(resource.value(QStringLiteral("tags")).toArray().first().toString() == QLatin1String("intro"));
}

TEST_CASE("an export to a device that fails part-way reports the failure")
{
    auto plan = test::samplePlan(TestClock);
    FailingDevice device(2000);
    auto result = writePlanJson(*plan, device);
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::Io);
    CHECK(result.error().message.contains(QStringLiteral("No space left")));
}

TEST_CASE("an export into a missing folder fails and writes nothing")
{
    auto plan = test::samplePlan(TestClock);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/plan.json"));
    auto result = exportPlanJson(*plan, path);
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::Io);
    CHECK(result.error().message.contains(QStringLiteral("plan.json")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("an export replaces an older file in one step")
{
    auto plan = test::samplePlan(TestClock);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    test::writeFile(path, "old");
    REQUIRE_OK(exportPlanJson(*plan, path));
    CHECK(test::readFile(path).startsWith("{\"format\""));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}
