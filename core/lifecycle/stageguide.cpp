// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lifecycle/stageguide.h"

#include <QCoreApplication>

namespace cultivate {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cultivate::StageGuide", text);
}
} // namespace

QList<BuiltInItem> builtInChecklist()
{
    using S = StageKind;
    return {
        {S::Define, tr("Audience"),
         tr("Name who the community is for and the partners who matter. Every later choice follows from it.")},
        {S::Define, tr("Domain"),
         tr("Describe the shared area of practice: its key issues and the learning, knowledge and tasks the "
            "community will look after.")},
        {S::Define, tr("Purpose and goals"),
         tr("State the main purpose, what members gain and which needs the community meets. Set a few "
            "measurable outcomes for the first year.")},
        {S::Define, tr("Facilitator"),
         tr("Appoint a facilitator who connects people, encourages participation, runs events and reports "
            "activity through metrics and evaluations.")},
        {S::Define, tr("Members and champions"),
         tr("List the first members, champions and a sponsor: people who care about the domain and will take "
            "an active part.")},
        {S::Define, tr("Ground rules"),
         tr("Agree how members communicate and behave, so that everyone feels safe, respected and free to "
            "disagree.")},
        {S::Define, tr("Activities and rhythm"),
         tr("Choose the activities that bring energy, how often the community meets and which topics the "
            "first sessions cover.")},
        {S::Define, tr("Workspace"),
         tr("Pick the channels members use between meetings and a shared workspace that keeps what the "
            "community learns.")},
        {S::Pilot, tr("Pilot group"),
         tr("Start with a small group of committed key participants to gain commitment, test assumptions and "
            "refine the plan.")},
        {S::Pilot, tr("First success story"),
         tr("Capture one concrete result from the pilot that shows newcomers what the community can do.")},
        {S::Launch, tr("Launch to a broader audience"),
         tr("Open the community to everyone in its audience over a few weeks, in a way that brings new "
            "members an immediate benefit.")},
        {S::Launch, tr("Orientation and baseline survey"),
         tr("Welcome new members, explain the ground rules and ask the baseline survey, so that change can be "
            "shown at the end.")},
        {S::Nurture, tr("Participation"),
         tr("Keep the rhythm, invite quieter members to contribute and give champions visible roles.")},
        {S::Nurture, tr("Shared repertoire"),
         tr("Collect the documents, tools, templates and recordings members create, and make them easy to "
            "find.")},
        {S::Nurture, tr("Recognition"),
         tr("Thank and celebrate members for their contributions; recognition keeps motivation up.")},
        {S::Nurture, tr("Check-ins"),
         tr("Run a short monthly check-in poll, such as \"Are you using this practice?\", to follow change as "
            "it happens.")},
        {S::Evaluate, tr("Final survey"),
         tr("Repeat the baseline items and ask what worked, what did not and what changed in members' "
            "practice.")},
        {S::Evaluate, tr("Summary report"),
         tr("Share results with sponsors and stakeholders: participation, goals, survey change and stories.")},
        {S::Evaluate, tr("Reflections on shifts in practice"),
         tr("Gather members' reflections and success stories on how their practice has changed.")},
        {S::Evaluate, tr("Legacy plan"),
         tr("Decide what continues, who carries it and where the shared resources will live after the "
            "year.")},
    };
}

QString stageGuidance(StageKind stage)
{
    switch (stage) {
    case StageKind::Define:
        return tr("Agree who the community is for, the domain it stewards and why it exists; find a facilitator "
                  "and the first members.");
    case StageKind::Pilot:
        return tr("Try the community with a small, committed group to test assumptions and produce a first "
                  "success story.");
    case StageKind::Launch:
        return tr("Open the community to its wider audience with an orientation and a baseline survey.");
    case StageKind::Nurture:
        return tr("Keep a steady rhythm of meetings, grow the shared repertoire, recognise contributions and "
                  "check in every month.");
    case StageKind::Evaluate:
        return tr("Measure what changed, collect stories and reflections, report to sponsors and plan what "
                  "comes next.");
    }
    return {};
}

int defaultContributionWeight(ContributionKind kind)
{
    switch (kind) {
    case ContributionKind::Post:
        return 1;
    case ContributionKind::Question:
        return 2;
    case ContributionKind::Answer:
        return 3;
    case ContributionKind::ResourceShared:
        return 4;
    case ContributionKind::Story:
        return 5;
    case ContributionKind::Mentoring:
        return 8;
    case ContributionKind::Presentation:
        return 10;
    case ContributionKind::Hosting:
        return 12;
    }
    return 1;
}

} // namespace cultivate
