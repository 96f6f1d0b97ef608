// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/metricsdata.h"

#include "core/storage/plan.h"
#include "core/storage/tablescan.h"

#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <thread>
#include <utility>

namespace cultivate {

namespace {

using storage::Scan;
using Rows = storage::TableScan;

// Database id -> snapshot index for ids that are mostly dense (1…n): one array read per row.
class IdSlots {
public:
    void insert(Id id, int slot)
    {
        if (id < 0 || id > 50'000'000)
            return; // far outside any plan; value() then misses it
        if (size_t(id) >= m_slots.size())
            m_slots.resize(size_t(id) + 1, -1);
        m_slots[size_t(id)] = slot;
    }
    int value(Id id) const { return id >= 0 && size_t(id) < m_slots.size() ? m_slots[size_t(id)] : -1; }

private:
    std::vector<int> m_slots;
};

template <class E> E enumAt(const Rows &rows, int column)
{
    return enumFromKey<E>(rows.text(column)).value_or(E{});
}

// The present attendance rows whose event and member are in the snapshot. Only presence can credit
// attendance, so absent and excused rows are not loaded.
Result<void> readAttendance(sqlite3 *db, const IdSlots &events, const IdSlots &members,
                            std::vector<MetricsData::AttendanceRow> &into)
{
    Rows rows(db, Scan::PresentAttendance);
    while (rows.next()) {
        const int event = events.value(rows.integer(0));
        const int member = members.value(rows.integer(1));
        if (event >= 0 && member >= 0)
            into.push_back(MetricsData::AttendanceRow{event, member, true, int(rows.integer(2))});
    }
    if (!rows.error().isEmpty())
        return makeError(ErrorCode::Sql, rows.error());
    return {};
}

// readAttendance() on a read-only connection of its own to the plan file, for another thread. Gives
// up at once (false) when the file is busy, e.g. a writer waits for the readers to finish.
bool readAttendanceFile(const QByteArray &path, const IdSlots &events, const IdSlots &members, qint64 expected,
                        std::vector<MetricsData::AttendanceRow> &into)
{
    const storage::SideConnection connection(path);
    into.reserve(size_t(expected));
    const bool read = connection.handle() && readAttendance(connection.handle(), events, members, into).ok();
    if (!read)
        into.clear();
    return read;
}

// Parses the dates of a column whose consecutive rows often share a date (rows are mostly added in
// date order): the last text parsed is remembered. Only the first ten characters matter to dayOf().
class DateCache {
public:
    struct Day {
        qint64 julian = 0;
        int month = 0; // year * 12 + month - 1
    };
    const Day &parse(const char *iso)
    {
        if (m_filled && iso && std::strncmp(iso, m_text.data(), 10) == 0)
            return m_day;
        m_filled = iso != nullptr;
        if (iso)
            qstrncpy(m_text.data(), iso, m_text.size());
        m_day.julian = dayOf(iso, 0);
        const QDate date = QDate::fromJulianDay(m_day.julian);
        m_day.month = date.year() * 12 + date.month() - 1;
        return m_day;
    }

private:
    std::array<char, 11> m_text{};
    bool m_filled = false;
    Day m_day;
};

// Answers are tallied per question as they are read; rounded values in [0, DenseValues) are counted
// in an array first, since nearly every numeric item is a 0…10 scale.
constexpr int DenseValues = 16;

Result<void> loadSurveyTallies(sqlite3 *db, MetricsData &data)
{
    const auto failed = [](const Rows &rows) { return makeError(ErrorCode::Sql, rows.error()); };
    IdSlots surveySlots;
    for (qsizetype i = 0; i < data.surveys.size(); ++i)
        surveySlots.insert(data.surveys[i].id, int(i));

    // Every response is counted for its survey; an answer whose response is missing is ignored.
    data.responsesPerSurvey.assign(size_t(data.surveys.size()), 0);
    IdSlots responseSlots;
    {
        Rows rows(db, Scan::ResponseSurveys);
        while (rows.next()) {
            responseSlots.insert(rows.integer(0), 0);
            const int survey = surveySlots.value(rows.integer(1));
            if (survey >= 0)
                ++data.responsesPerSurvey[size_t(survey)];
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }

    // Who answered, for the responses of baseline and final surveys (the only ones paired): a member
    // id, or -1 - n for the n-th distinct anonymous code (case and surrounding spaces ignored).
    QHash<Id, qint64> respondents;
    {
        QHash<QByteArray, int> codes;
        Rows rows(db, Scan::PairedRespondents);
        while (rows.next()) {
            const Id member = rows.integer(1);
            const char *code = rows.text(2);
            if (member != 0) {
                respondents.insert(rows.integer(0), member);
            } else if (code && code[0]) {
                const QByteArray key(code);
                auto it = codes.constFind(key);
                if (it == codes.constEnd())
                    it = codes.insert(key, int(codes.size()));
                respondents.insert(rows.integer(0), -1 - qint64(*it));
            }
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }

    const size_t questionCount = size_t(data.questions.size());
    IdSlots questionSlots;
    std::vector<quint8> paired(questionCount);
    for (size_t i = 0; i < questionCount; ++i) {
        const Question &q = data.questions[qsizetype(i)];
        questionSlots.insert(q.id, int(i));
        const int survey = surveySlots.value(q.surveyId);
        const SurveyKind kind = survey >= 0 ? data.surveys[survey].kind : SurveyKind::SessionFeedback;
        paired[i] = !q.pairKey.isEmpty() && (kind == SurveyKind::Baseline || kind == SurveyKind::Final);
    }
    data.tallies.assign(questionCount, {});
    std::vector<std::array<int, DenseValues>> dense(questionCount);
    {
        Rows rows(db, Scan::Answers);
        while (rows.next()) {
            const int question = questionSlots.value(rows.integer(0));
            if (question < 0 || responseSlots.value(rows.integer(1)) < 0)
                continue;
            const bool hasNumber = !rows.isNull(2);
            if (!hasNumber && rows.integer(3) == 0)
                continue; // neither a number nor a text: not an answer
            MetricsData::QuestionTally &t = data.tallies[size_t(question)];
            ++t.answered;
            if (!hasNumber)
                continue;
            const double number = rows.real(2);
            const QuestionType type = data.questions[question].type;
            if (type != QuestionType::FreeText) {
                const int rounded = int(std::lround(number));
                if (rounded >= 0 && rounded < DenseValues)
                    ++dense[size_t(question)][size_t(rounded)];
                else
                    ++t.distribution[rounded];
                t.sum += number;
                ++t.numbers;
                t.yes += type == QuestionType::YesNo && number > 0.5;
            }
            if (paired[size_t(question)]) {
                const auto who = respondents.constFind(rows.integer(1));
                if (who != respondents.constEnd())
                    data.pairedAnswers.push_back(MetricsData::PairedAnswer{question, *who, number});
            }
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }
    for (size_t q = 0; q < questionCount; ++q) {
        for (int value = 0; value < DenseValues; ++value) {
            if (dense[q][size_t(value)] > 0)
                data.tallies[q].distribution[value] += dense[q][size_t(value)];
        }
    }
    return {};
}

} // namespace

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

Result<MetricsData> loadMetricsData(const Plan &plan, qint64 parallelFromRows)
{
    MetricsData data;
    sqlite3 *db = storage::connectionOf(plan);
    if (!db)
        return makeError(ErrorCode::Sql, QStringLiteral("%1: no SQLite connection").arg(plan.path()));
    const auto failed = [&plan](const Rows &rows) {
        return makeError(ErrorCode::Sql, QStringLiteral("%1: %2").arg(plan.path(), rows.error()));
    };
    const storage::ReadSnapshot readTransaction(db);
    auto community = plan.community();
    if (!community.ok())
        return community.error();
    data.community = community.value();

    QHash<QString, int> organisationIndex;
    QHash<QByteArray, int> organisationOfText;
    {
        Rows rows(db, Scan::MetricsMembers);
        while (rows.next()) {
            MetricsData::MemberRow m;
            m.id = rows.integer(0);
            m.name = rows.string(1);
            m.role = enumAt<Role>(rows, 2);
            m.joined = dayOf(rows.text(3), LLONG_MIN);
            m.left = dayOf(rows.text(4), LLONG_MAX);
            // Most members share a few organisations: each distinct text is trimmed and folded once.
            const QByteArray raw(rows.text(5));
            auto known = organisationOfText.constFind(raw);
            if (known == organisationOfText.constEnd()) {
                int index = -1;
                const QString organisation = QString::fromUtf8(raw).trimmed();
                if (!organisation.isEmpty()) {
                    auto it = organisationIndex.constFind(organisation.toCaseFolded());
                    if (it == organisationIndex.constEnd()) {
                        it = organisationIndex.insert(organisation.toCaseFolded(), int(data.organisations.size()));
                        data.organisations << organisation;
                    }
                    index = *it;
                }
                known = organisationOfText.insert(raw, index);
            }
            m.organisation = *known;
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
        Rows rows(db, Scan::MetricsEvents);
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

    // Attendance is the largest table: a second connection reads it on another thread while this one
    // reads the rest. Both see the same state: this connection's read transaction, begun before the
    // other starts, keeps writers from committing until the end.
    std::vector<MetricsData::AttendanceRow> attendance;
    // A fork and join inside one load (this runs on a worker with no event loop to deliver to, so not
    // through TaskRunner): the reader thread is joined here at the latest when it goes out of scope.
    bool attendanceRead = false;
    std::optional<std::jthread> attendanceReader;
    const QByteArray file = storage::SideConnection::fileOf(db);
    {
        Rows count(db, Scan::LastAttendanceId); // an index lookup, not a scan
        const qint64 expected = count.next() ? count.integer(0) : 0;
        if (!file.isEmpty() && expected >= parallelFromRows && readTransaction.active()) {
            attendanceReader.emplace([&, path = file, expected] {
                attendanceRead = readAttendanceFile(path, eventIndex, memberSlots, expected, attendance);
            });
        } else {
            data.attendance.reserve(size_t(expected));
        }
    }

    {
        QHash<QString, int> weights;
        Rows w(db, Scan::ContributionWeights);
        while (w.next())
            weights.insert(w.string(0), int(w.integer(1)));
        int weightOf[enumCount<ContributionKind>()];
        for (ContributionKind kind : enumValues<ContributionKind>())
            weightOf[int(kind)] = weights.value(enumKey(kind), 1);

        Rows count(db, Scan::LastContributionId);
        if (count.next())
            data.contributions.reserve(size_t(count.integer(0)));
        Rows rows(db, Scan::Contributions);
        DateCache dates;
        while (rows.next()) {
            const int member = memberSlots.value(rows.integer(0));
            if (member < 0)
                continue;
            const auto kind = enumAt<ContributionKind>(rows, 2);
            const DateCache::Day &day = dates.parse(rows.text(1));
            data.contributions.push_back(
                MetricsData::ContributionRow{member, day.julian, kind, weightOf[int(kind)], day.month});
        }
        if (!rows.error().isEmpty())
            return failed(rows);
    }

    const auto days = [&](Scan scan, QList<qint64> &into) -> Result<void> {
        Rows rows(db, scan);
        while (rows.next()) {
            if (!rows.isNull(0))
                into << dayOf(rows.text(0), 0);
        }
        if (!rows.error().isEmpty())
            return failed(rows);
        return {};
    };
    for (const auto &r : {days(Scan::ResourceAddedDates, data.resourceDays),
                          days(Scan::RecognitionDates, data.recognitionDays), days(Scan::StoryDates, data.storyDays)}) {
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
    auto settings = plan.list<PlanSetting>();
    if (!settings.ok())
        return settings.error();
    data.settings = settings.value();
    auto carried = plan.list<CarriedActivity>();
    if (!carried.ok())
        return carried.error();
    for (const CarriedActivity &a : carried.value()) {
        const int member = data.memberIndex.value(a.memberId, -1);
        const QDate month = QDate::fromString(a.month + QStringLiteral("-01"), Qt::ISODate);
        if (member >= 0 && month.isValid())
            data.carried.push_back({member, month.year() * 12 + month.month() - 1});
    }

    if (auto surveys = loadSurveyTallies(db, data); !surveys.ok())
        return makeError(ErrorCode::Sql, QStringLiteral("%1: %2").arg(plan.path(), surveys.error().message));

    if (attendanceReader) {
        attendanceReader.reset(); // joins
        if (attendanceRead)
            data.attendance = std::move(attendance);
    }
    if (!attendanceRead) {
        // On this connection: a small plan, an in-memory one, or the other connection could not read.
        if (auto read = readAttendance(db, eventIndex, memberSlots, data.attendance); !read.ok())
            return makeError(ErrorCode::Sql, QStringLiteral("%1: %2").arg(plan.path(), read.error().message));
    }
    return data;
}

} // namespace cultivate
