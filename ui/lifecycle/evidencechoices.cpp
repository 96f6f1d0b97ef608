// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/evidencechoices.h"

#include "core/storage/plan.h"
#include "ui/common/formatting.h"

#include <QCoreApplication>

#include <algorithm>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class EvidenceText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::EvidenceChoices)
};
// "date · title", or the title alone when there is no date.
QString dated(const QDate &date, const QString &title)
{
    return date.isValid() ? QStringLiteral("%1 · %2").arg(formatDate(date), title) : title;
}

// In the plan's order (by id, the order they were added).
template <class T, class Describe> QList<EvidenceChoices::Choice> choicesOf(const Plan &plan, Describe describe)
{
    QList<EvidenceChoices::Choice> choices;
    auto loaded = plan.list<T>();
    if (!loaded.ok())
        return choices;
    for (const T &entity : loaded.value())
        choices.append({entity.id, describe(entity)});
    return choices;
}

QString find(const QList<EvidenceChoices::Choice> &choices, const OptionalId &id)
{
    if (!id)
        return {};
    const auto it = std::find_if(choices.cbegin(), choices.cend(),
                                 [&id](const EvidenceChoices::Choice &choice) { return choice.id == *id; });
    return it == choices.cend() ? QString() : it->text;
}

} // namespace

QStringList EvidenceChoices::describeLinks(const ChecklistItem &item) const
{
    QStringList links;
    const auto add = [&links](const QString &kind, const QString &text) {
        if (!text.isEmpty())
            links << kind.arg(text);
    };
    add(EvidenceText::tr("Event: %1"), find(events, item.evidenceEventId));
    add(EvidenceText::tr("Resource: %1"), find(resources, item.evidenceResourceId));
    add(EvidenceText::tr("Survey: %1"), find(surveys, item.evidenceSurveyId));
    add(EvidenceText::tr("Story: %1"), find(stories, item.evidenceStoryId));
    return links;
}

EvidenceChoices loadEvidenceChoices(const Plan &plan)
{
    EvidenceChoices choices;
    choices.events = choicesOf<Event>(plan, [](const Event &e) { return dated(e.start.date(), e.title); });
    choices.resources = choicesOf<Resource>(plan, [](const Resource &r) { return dated(r.addedDate, r.title); });
    choices.surveys = choicesOf<Survey>(plan, [](const Survey &s) { return dated(s.date, s.title); });
    choices.stories = choicesOf<Story>(plan, [](const Story &s) { return dated(s.date, s.title); });
    return choices;
}

} // namespace cultivate
