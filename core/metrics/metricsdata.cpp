#include "metricsdata.h"

#include "storage/plan.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace cultivate {

namespace {

sqlite3 *handleOf(const Plan &plan)
{
    const QVariant v = plan.database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// One prepared statement stepped row by row through SQLite's C API: QSqlQuery's per-value
// QVariant costs would dominate on a million attendance rows.
class Rows {
public:
    Rows(sqlite3 *db, const char *sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
        if (m_rc != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Rows() { sqlite3_finalize(m_stmt); }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    bool next()
    {
        if (!m_stmt)
            return false;
        m_rc = sqlite3_step(m_stmt);
        if (m_rc == SQLITE_ROW)
            return true;
        if (m_rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errstr(m_rc));
        return false;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    const char *text(int column) const { return reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)); }
    QString string(int column) const { return QString::fromUtf8(text(column)); }
    const QString &error() const { return m_error; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
    QString m_error;
};

// Database id -> snapshot index for ids that are mostly dense (1…n): one array read per row.
class IdSlots {
public:
    void insert(Id id, int slot)
    {
        if (id < 0 || id > 50'000'000)
            return;  // far outside any plan; value() then misses it
        if (size_t(id) >= m_slots.size())
            m_slots.resize(size_t(id) + 1, -1);
        m_slots[size_t(id)] = slot;
    }
    int value(Id id) const { return id >= 0 && size_t(id) < m_slots.size() ? m_slots[size_t(id)] : -1; }

private:
    std::vector<int> m_slots;
};

template <class E>
E enumAt(const Rows &rows, int column)
{
    return enumFromKey<E>(rows.text(column)).value_or(E{});
}

}  // namespace

qint64 dayOf(const char *iso, qint64 fallback)
{
    if (!iso || !iso[0])
        return fallback;
    const auto digits = [iso](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (iso[i] - '0');
        return value;
    };
    for (int i = 0; i < 10; ++i) {
        if (!iso[i])
            return fallback;
    }
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    return date.isValid() ? date.toJulianDay() : fallback;
}

Result<MetricsData> loadMetricsData(const Plan &plan)
{
    MetricsData data;
    auto community = plan.community();
    if (!community.ok())
        return community.error();
    data.community = community.value();
    sqlite3 *db = handleOf(plan);
    if (!db)
        return makeError(ErrorCode::Sql, QStringLiteral("%1: no SQLite connection").arg(plan.path()));
    const auto failed = [&plan](const Rows &rows) {
        return makeError(ErrorCode::Sql, QStringLiteral("%1: %2").arg(plan.path(), rows.error()));
    };

    QHash<QString, int> organisationIndex;
    {
        Rows rows(db, "SELECT id, name, role, joined_date, left_date, organisation, consent_report FROM member "
                      "ORDER BY id");
        while (rows.next()) {
            MetricsData::MemberRow m;
            m.id = rows.integer(0);
            m.name = rows.string(1);
            m.role = enumAt<Role>(rows, 2);
            m.joined = dayOf(rows.text(3), LLONG_MIN);
            m.left = dayOf(rows.text(4), LLONG_MAX);
            const QString organisation = rows.string(5).trimmed();
            if (!organisation.isEmpty()) {
                auto it = organisationIndex.constFind(organisation.toCaseFolded());
                if (it == organisationIndex.constEnd()) {
                    it = organisationIndex.insert(organisation.toCaseFolded(), int(data.organisations.size()));
                    data.organisations << organisation;
                }
                m.organisation = *it;
            }
            m.consentReport = rows.integer(6) != 0;
            data.memberIndex.insert(m.id, int(data.members.size()));
            data.members.push_back(std::move(m));
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }

    auto stages = plan.list<Stage>();
    if (!stages.ok())
        return stages.error();
    data.stages = stages.value();
    QHash<Id, int> stageIndex;
    for (int i = 0; i < data.stages.size(); ++i)
        stageIndex.insert(data.stages[i].id, i);

    IdSlots eventIndex;
    IdSlots memberSlots;
    for (size_t i = 0; i < data.members.size(); ++i)
        memberSlots.insert(data.members[i].id, int(i));
    {
        Rows rows(db, "SELECT id, title, start, duration_minutes, kind, status, stage_id FROM event ORDER BY start, id");
        while (rows.next()) {
            MetricsData::EventRow e;
            e.id = rows.integer(0);
            e.title = rows.string(1);
            e.day = dayOf(rows.text(2), 0);
            e.durationMinutes = int(rows.integer(3));
            e.kind = enumAt<EventKind>(rows, 4);
            e.status = enumAt<EventStatus>(rows, 5);
            e.stage = rows.isNull(6) ? -1 : stageIndex.value(rows.integer(6), -1);
            eventIndex.insert(e.id, int(data.events.size()));
            data.events.push_back(std::move(e));
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }

    {
        // max(id) is an index lookup; count(*) would cost a second scan.
        Rows count(db, "SELECT coalesce(max(id), 0) FROM attendance");
        if (count.next())
            data.attendance.reserve(size_t(count.integer(0)));
        // Only presence can credit attendance, so absent and excused rows are not loaded.
        Rows rows(db, "SELECT event_id, member_id, coalesce(minutes, -1) FROM attendance WHERE status = 'present'");
        while (rows.next()) {
            const int event = eventIndex.value(rows.integer(0));
            const int member = memberSlots.value(rows.integer(1));
            if (event >= 0 && member >= 0)
                data.attendance.push_back(MetricsData::AttendanceRow{event, member, true, int(rows.integer(2))});
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }

    {
        QHash<QString, int> weights;
        Rows w(db, "SELECT kind, weight FROM contribution_weight");
        while (w.next())
            weights.insert(w.string(0), int(w.integer(1)));
        int weightOf[enumCount<ContributionKind>()];
        for (ContributionKind kind : enumValues<ContributionKind>())
            weightOf[int(kind)] = weights.value(enumKey(kind), 1);

        Rows count(db, "SELECT coalesce(max(id), 0) FROM contribution");
        if (count.next())
            data.contributions.reserve(size_t(count.integer(0)));
        Rows rows(db, "SELECT member_id, date, kind FROM contribution");
        while (rows.next()) {
            const auto kind = enumAt<ContributionKind>(rows, 2);
            const int member = memberSlots.value(rows.integer(0));
            if (member >= 0) {
                data.contributions.push_back(
                    MetricsData::ContributionRow{member, dayOf(rows.text(1), 0), kind, weightOf[int(kind)]});
            }
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }

    const auto days = [&](const char *sql, QList<qint64> &into) -> Result<void> {
        Rows rows(db, sql);
        while (rows.next()) {
            if (!rows.isNull(0))
                into << dayOf(rows.text(0), 0);
        }
        if (!rows.error().isEmpty())
            return failed(rows);
        return {};
    };
    for (const auto &r : {days("SELECT added_date FROM resource", data.resourceDays),
                          days("SELECT date FROM recognition", data.recognitionDays),
                          days("SELECT date FROM story", data.storyDays)}) {
        if (!r.ok())
            return r.error();
    }

    auto checklist = plan.list<ChecklistItem>();
    auto goals = plan.list<Goal>();
    auto measurements = plan.list<GoalMeasurement>();
    auto surveys = plan.list<Survey>();
    auto questions = plan.list<Question>();
    for (const Error *e : {checklist.ok() ? nullptr : &checklist.error(), goals.ok() ? nullptr : &goals.error(),
                           measurements.ok() ? nullptr : &measurements.error(),
                           surveys.ok() ? nullptr : &surveys.error(), questions.ok() ? nullptr : &questions.error()}) {
        if (e)
            return *e;
    }
    data.checklist = checklist.value();
    data.goals = goals.value();
    data.measurements = measurements.value();
    data.surveys = surveys.value();
    data.questions = questions.value();

    // Responses can number in the hundreds of thousands: read them like attendance.
    IdSlots responseIndex;
    {
        QHash<QByteArray, int> codes;
        Rows rows(db, "SELECT id, survey_id, coalesce(member_id, 0), lower(trim(respondent_code)) FROM response");
        while (rows.next()) {
            MetricsData::ResponseRow r;
            r.surveyId = rows.integer(1);
            r.memberId = rows.integer(2);
            const char *code = rows.text(3);
            if (code && code[0])
                r.code = *codes.insert(QByteArray(code), codes.value(QByteArray(code), int(codes.size())));
            responseIndex.insert(rows.integer(0), int(data.responses.size()));
            data.responses.push_back(r);
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }
    IdSlots questionIndex;
    for (int i = 0; i < data.questions.size(); ++i)
        questionIndex.insert(data.questions[i].id, i);
    {
        Rows rows(db, "SELECT question_id, response_id, number, text <> '' FROM answer");
        while (rows.next()) {
            MetricsData::AnswerRow a;
            a.question = questionIndex.value(rows.integer(0));
            a.response = responseIndex.value(rows.integer(1));
            a.hasNumber = !rows.isNull(2);
            a.number = rows.real(2);
            a.hasText = rows.integer(3) != 0;
            if (a.question >= 0 && a.response >= 0)
                data.answers.push_back(a);
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }
    return data;
}

}  // namespace cultivate
