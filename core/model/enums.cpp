// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/enums.h"

#include <QCoreApplication>

namespace cultivate {

namespace {
template <class E, std::size_t N> QString pick(E value, const std::array<const char *, N> &labels)
{
    static_assert(N == enumCount<E>(), "one label per enum value");
    return QCoreApplication::translate("cultivate::label", labels.at(static_cast<std::size_t>(value)));
}
} // namespace

QString label(PurposeArea v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Relationships"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Learning and developing practice"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Tasks and projects"),
                              QT_TRANSLATE_NOOP("cultivate::label", "New knowledge")});
}

QString label(StageKind v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Define domain"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Pilot"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Launch"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Nurture"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Evaluate")});
}

QString label(StageStatus v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Not started"),
                              QT_TRANSLATE_NOOP("cultivate::label", "In progress"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Done")});
}

QString label(Role v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Sponsor"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Facilitator"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Champion"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Subject-matter expert"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Member"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Guest")});
}

QString label(EventKind v)
{
    return pick(
        v,
        std::array{QT_TRANSLATE_NOOP("cultivate::label", "Orientation"),
                   QT_TRANSLATE_NOOP("cultivate::label", "Community meeting"),
                   QT_TRANSLATE_NOOP("cultivate::label", "Webinar"), QT_TRANSLATE_NOOP("cultivate::label", "Workshop"),
                   QT_TRANSLATE_NOOP("cultivate::label", "Face-to-face"),
                   QT_TRANSLATE_NOOP("cultivate::label", "Check-in"), QT_TRANSLATE_NOOP("cultivate::label", "Wrap-up"),
                   QT_TRANSLATE_NOOP("cultivate::label", "Social"), QT_TRANSLATE_NOOP("cultivate::label", "Other")});
}

QString label(EventStatus v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Planned"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Held"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Cancelled")});
}

QString label(Recurrence v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Weekly"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Every N weeks"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Monthly on the Nth weekday"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Monthly on a day")});
}

QString label(AttendanceStatus v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Present"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Absent"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Excused")});
}

QString label(ContributionKind v)
{
    return pick(
        v,
        std::array{
            QT_TRANSLATE_NOOP("cultivate::label", "Post"), QT_TRANSLATE_NOOP("cultivate::label", "Question"),
            QT_TRANSLATE_NOOP("cultivate::label", "Answer"), QT_TRANSLATE_NOOP("cultivate::label", "Resource shared"),
            QT_TRANSLATE_NOOP("cultivate::label", "Presentation"), QT_TRANSLATE_NOOP("cultivate::label", "Hosting"),
            QT_TRANSLATE_NOOP("cultivate::label", "Mentoring"), QT_TRANSLATE_NOOP("cultivate::label", "Story")});
}

QString label(ResourceKind v)
{
    return pick(
        v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Document"), QT_TRANSLATE_NOOP("cultivate::label", "Link"),
                      QT_TRANSLATE_NOOP("cultivate::label", "Template"), QT_TRANSLATE_NOOP("cultivate::label", "Tool"),
                      QT_TRANSLATE_NOOP("cultivate::label", "Recording"),
                      QT_TRANSLATE_NOOP("cultivate::label", "Slides")});
}

QString label(Visibility v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Private"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Public")});
}

QString label(SurveyKind v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Baseline survey"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Final survey"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Session feedback"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Check-in poll"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Value creation")});
}

QString label(QuestionType v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Likert 1–5"),
                              QT_TRANSLATE_NOOP("cultivate::label", "0–10 recommend"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Yes / no"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Choice"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Free text")});
}

QString label(StoryKind v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Success story"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Reflection on practice")});
}

QString label(ValueCycle v)
{
    return pick(v, std::array{QT_TRANSLATE_NOOP("cultivate::label", "Immediate value"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Potential value"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Applied value"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Realized value"),
                              QT_TRANSLATE_NOOP("cultivate::label", "Reframing value")});
}

} // namespace cultivate
