// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace cultivate {

// Every enumeration of the domain is stored in the plan file and exported as a stable lower-case
// key (EnumInfo<E>::keys, in declaration order). Keys are part of the file format: never rename one.
template <class E> struct EnumInfo;

#define CULTIVATE_ENUM_INFO(Enum, ...)                                                                                 \
    template <> struct EnumInfo<Enum> {                                                                                \
        static constexpr std::array keys{__VA_ARGS__};                                                                 \
    };

enum class PurposeArea { Relationships, Learning, Tasks, Knowledge };
CULTIVATE_ENUM_INFO(PurposeArea, "relationships", "learning", "tasks", "knowledge")

enum class StageKind { Define, Pilot, Launch, Nurture, Evaluate };
CULTIVATE_ENUM_INFO(StageKind, "define", "pilot", "launch", "nurture", "evaluate")

enum class StageStatus { NotStarted, InProgress, Done };
CULTIVATE_ENUM_INFO(StageStatus, "not_started", "in_progress", "done")

enum class Role { Sponsor, Facilitator, Champion, Expert, Member, Guest };
CULTIVATE_ENUM_INFO(Role, "sponsor", "facilitator", "champion", "expert", "member", "guest")

enum class EventKind { Orientation, Meeting, Webinar, Workshop, FaceToFace, CheckIn, WrapUp, Social, Other };
CULTIVATE_ENUM_INFO(EventKind, "orientation", "meeting", "webinar", "workshop", "face_to_face", "check_in", "wrap_up",
                    "social", "other")

enum class EventStatus { Planned, Held, Cancelled };
CULTIVATE_ENUM_INFO(EventStatus, "planned", "held", "cancelled")

enum class Recurrence { Weekly, EveryNWeeks, MonthlyNthWeekday, MonthlyDay };
CULTIVATE_ENUM_INFO(Recurrence, "weekly", "every_n_weeks", "monthly_nth_weekday", "monthly_day")

enum class AttendanceStatus { Present, Absent, Excused };
CULTIVATE_ENUM_INFO(AttendanceStatus, "present", "absent", "excused")

enum class ContributionKind { Post, Question, Answer, ResourceShared, Presentation, Hosting, Mentoring, Story };
CULTIVATE_ENUM_INFO(ContributionKind, "post", "question", "answer", "resource_shared", "presentation", "hosting",
                    "mentoring", "story")

enum class ResourceKind { Document, Link, Template, Tool, Recording, Slides };
CULTIVATE_ENUM_INFO(ResourceKind, "document", "link", "template", "tool", "recording", "slides")

enum class Visibility { Private, Public };
CULTIVATE_ENUM_INFO(Visibility, "private", "public")

enum class SurveyKind { Baseline, Final, SessionFeedback, CheckIn, ValueCreation };
CULTIVATE_ENUM_INFO(SurveyKind, "baseline", "final", "session_feedback", "check_in", "value_creation")

enum class QuestionType { Likert, Recommend, YesNo, Choice, FreeText };
CULTIVATE_ENUM_INFO(QuestionType, "likert", "recommend", "yes_no", "choice", "free_text")

enum class StoryKind { Success, Reflection };
CULTIVATE_ENUM_INFO(StoryKind, "success", "reflection")

// What the facilitator did with an item of the desk (SPEC §10).
enum class DeskMarkKind { Done, Snoozed };
CULTIVATE_ENUM_INFO(DeskMarkKind, "done", "snoozed")

enum class ValueCycle { Immediate, Potential, Applied, Realized, Reframing };
CULTIVATE_ENUM_INFO(ValueCycle, "immediate", "potential", "applied", "realized", "reframing")

#undef CULTIVATE_ENUM_INFO

template <class E> constexpr std::size_t enumCount()
{
    return EnumInfo<E>::keys.size();
}

template <class E> QString enumKey(E value)
{
    return QString::fromLatin1(EnumInfo<E>::keys.at(static_cast<std::size_t>(value)));
}

template <class E> std::optional<E> enumFromKey(QStringView key)
{
    const auto &keys = EnumInfo<E>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key == QLatin1String(keys[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <class E> std::optional<E> enumFromKey(const char *key)
{
    const auto &keys = EnumInfo<E>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key && qstrcmp(key, keys[i]) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// Every value of E, in declaration order.
template <class E> constexpr auto enumValues()
{
    std::array<E, enumCount<E>()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<E>(i);
    return values;
}

// Words for people (translatable), as opposed to the stored keys.
QString label(PurposeArea value);
QString label(StageKind value);
QString label(StageStatus value);
QString label(Role value);
QString label(EventKind value);
QString label(EventStatus value);
QString label(Recurrence value);
QString label(AttendanceStatus value);
QString label(ContributionKind value);
QString label(ResourceKind value);
QString label(Visibility value);
QString label(SurveyKind value);
QString label(QuestionType value);
QString label(StoryKind value);
QString label(ValueCycle value);

} // namespace cultivate
