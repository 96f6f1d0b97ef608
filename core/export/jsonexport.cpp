// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/jsonexport.h"

#include "core/export/atomicfile.h"
#include "core/storage/entityjson.h"
#include "core/storage/schema.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace cultivate {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Remembers whether any write to the device failed, so that a short write is reported once.
class Writer {
public:
    explicit Writer(QIODevice &out)
        : m_out(out)
    {
    }
    void write(const QByteArray &bytes)
    {
        if (!m_failed && m_out.write(bytes) != bytes.size())
            m_failed = true;
    }
    void write(const char *text) { write(QByteArray(text)); }
    bool failed() const { return m_failed; }
    QString errorString() const { return m_out.errorString(); }

private:
    QIODevice &m_out;
    bool m_failed = false;
};

// Writes `"key":[row,row,…]` for every row of T; `extend` may add nested arrays to each row.
template <class T>
Result<void> writeArray(const Plan &plan, Writer &out, const char *key,
                        const std::function<void(const T &, QJsonObject &)> &extend = {})
{
    out.write(",\n\"");
    out.write(key);
    out.write("\":[");
    bool first = true;
    auto r = plan.forEach<T>([&](const T &row) {
        QJsonObject object = storage::toJson(row);
        if (extend)
            extend(row, object);
        if (!first)
            out.write(",\n");
        first = false;
        out.write(compact(object));
    });
    out.write("]");
    return r;
}

// Loads every row of T into arrays keyed by the owner id that `owner` returns.
template <class T>
Result<QHash<Id, QJsonArray>> groupBy(const Plan &plan, Id T::*owner,
                                      const std::function<void(const T &, QJsonObject &)> &extend = {})
{
    QHash<Id, QJsonArray> groups;
    auto r = plan.forEach<T>([&](const T &row) {
        QJsonObject object = storage::toJson(row);
        if (extend)
            extend(row, object);
        groups[row.*owner].append(object);
    });
    if (!r.ok())
        return r.error();
    return groups;
}

} // namespace

Result<void> writePlanJson(const Plan &plan, QIODevice &device)
{
    Writer out(device);
    out.write("{\"format\":\"cultivate-plan\",\"schema_version\":");
    out.write(QByteArray::number(plan.schemaVersion()));
    out.write(",\"exported_at\":");
    // A JSON string literal: the one element of a compact array, without its brackets.
    out.write(QJsonDocument(QJsonArray{plan.clock().now().toString(Qt::ISODate)})
                  .toJson(QJsonDocument::Compact)
                  .mid(1)
                  .chopped(1));

    auto checklist = groupBy<ChecklistItem>(plan, &ChecklistItem::stageId);
    auto measurements = groupBy<GoalMeasurement>(plan, &GoalMeasurement::goalId);
    auto questions = groupBy<Question>(plan, &Question::surveyId);
    auto answers = groupBy<Answer>(plan, &Answer::responseId);
    for (const Result<QHash<Id, QJsonArray>> *g : {&checklist, &measurements, &questions, &answers}) {
        if (!g->ok())
            return g->error();
    }
    auto responses = groupBy<Response>(plan, &Response::surveyId, [&](const Response &r, QJsonObject &o) {
        o.insert(QStringLiteral("answers"), answers.value().value(r.id));
    });
    if (!responses.ok())
        return responses.error();

    const QList<Result<void>> parts{
        writeArray<Community>(plan, out, "community"),
        writeArray<BudgetLine>(plan, out, "budget_lines"),
        writeArray<Stage>(plan, out, "stages",
                          [&](const Stage &s, QJsonObject &o) {
                              o.insert(QStringLiteral("checklist"), checklist.value().value(s.id));
                          }),
        writeArray<Goal>(plan, out, "goals",
                         [&](const Goal &g, QJsonObject &o) {
                             o.insert(QStringLiteral("measurements"), measurements.value().value(g.id));
                         }),
        writeArray<Member>(plan, out, "members"),
        writeArray<Series>(plan, out, "series"),
        writeArray<Event>(plan, out, "events"),
        writeArray<ImportRecord>(plan, out, "imports"),
        writeArray<Attendance>(plan, out, "attendance"),
        writeArray<ContributionWeight>(plan, out, "contribution_weights"),
        writeArray<Contribution>(plan, out, "contributions"),
        writeArray<Resource>(plan, out, "resources"),
        writeArray<Survey>(plan, out, "surveys",
                           [&](const Survey &s, QJsonObject &o) {
                               o.insert(QStringLiteral("questions"), questions.value().value(s.id));
                               o.insert(QStringLiteral("responses"), responses.value().value(s.id));
                           }),
        writeArray<Story>(plan, out, "stories"),
        writeArray<Recognition>(plan, out, "recognitions"),
        writeArray<PlanSetting>(plan, out, "settings"),
        writeArray<DeskMark>(plan, out, "desk_marks"),
        writeArray<Predecessor>(plan, out, "predecessor"),
        writeArray<CarriedActivity>(plan, out, "carried_activity"),
    };
    for (const auto &part : parts) {
        if (!part.ok())
            return part;
    }
    out.write("}\n");
    if (out.failed())
        return makeError(ErrorCode::Io, QStringLiteral("the export could not be written (%1)").arg(out.errorString()));
    return {};
}

Result<void> exportPlanJson(const Plan &plan, const QString &path)
{
    return writeAtomically(path, [&plan](QIODevice &out) { return writePlanJson(plan, out); });
}

} // namespace cultivate
