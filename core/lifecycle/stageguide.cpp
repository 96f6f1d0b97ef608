// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lifecycle/stageguide.h"

#include <QCoreApplication>

namespace cultivate {

namespace {
// A class lupdate can see, so that it files these strings under the context they are looked up in (the
// demo generator looks the built-in titles up in it too).
class StageGuide {
    Q_DECLARE_TR_FUNCTIONS(cultivate::StageGuide)
};
} // namespace

QList<BuiltInItem> builtInChecklist()
{
    using S = StageKind;
    return {
        {S::Define, StageGuide::tr("Audience"),
         StageGuide::tr(
             "Name who the community is for and the partners who matter. Every later choice follows from it.")},
        {S::Define, StageGuide::tr("Domain"),
         StageGuide::tr(
             "Describe the shared area of practice: its key issues and the learning, knowledge and tasks the "
             "community will look after.")},
        {S::Define, StageGuide::tr("Purpose and goals"),
         StageGuide::tr("State the main purpose, what members gain and which needs the community meets. Set a few "
                        "measurable outcomes for the first year.")},
        {S::Define, StageGuide::tr("Facilitator"),
         StageGuide::tr("Appoint a facilitator who connects people, encourages participation, runs events and reports "
                        "activity through metrics and evaluations.")},
        {S::Define, StageGuide::tr("Members and champions"),
         StageGuide::tr(
             "List the first members, champions and a sponsor: people who care about the domain and will take "
             "an active part.")},
        {S::Define, StageGuide::tr("Ground rules"),
         StageGuide::tr("Agree how members communicate and behave, so that everyone feels safe, respected and free to "
                        "disagree.")},
        {S::Define, StageGuide::tr("Activities and rhythm"),
         StageGuide::tr("Choose the activities that bring energy, how often the community meets and which topics the "
                        "first sessions cover.")},
        {S::Define, StageGuide::tr("Workspace"),
         StageGuide::tr("Pick the channels members use between meetings and a shared workspace that keeps what the "
                        "community learns.")},
        {S::Pilot, StageGuide::tr("Pilot group"),
         StageGuide::tr(
             "Start with a small group of committed key participants to gain commitment, test assumptions and "
             "refine the plan.")},
        {S::Pilot, StageGuide::tr("First success story"),
         StageGuide::tr("Capture one concrete result from the pilot that shows newcomers what the community can do.")},
        {S::Launch, StageGuide::tr("Launch to a broader audience"),
         StageGuide::tr("Open the community to everyone in its audience over a few weeks, in a way that brings new "
                        "members an immediate benefit.")},
        {S::Launch, StageGuide::tr("Orientation and baseline survey"),
         StageGuide::tr(
             "Welcome new members, explain the ground rules and ask the baseline survey, so that change can be "
             "shown at the end.")},
        {S::Nurture, StageGuide::tr("Participation"),
         StageGuide::tr("Keep the rhythm, invite quieter members to contribute and give champions visible roles.")},
        {S::Nurture, StageGuide::tr("Shared repertoire"),
         StageGuide::tr("Collect the documents, tools, templates and recordings members create, and make them easy to "
                        "find.")},
        {S::Nurture, StageGuide::tr("Recognition"),
         StageGuide::tr("Thank and celebrate members for their contributions; recognition keeps motivation up.")},
        {S::Nurture, StageGuide::tr("Check-ins"),
         StageGuide::tr(
             "Run a short monthly check-in poll, such as \"Are you using this practice?\", to follow change as "
             "it happens.")},
        {S::Evaluate, StageGuide::tr("Final survey"),
         StageGuide::tr("Repeat the baseline items and ask what worked, what did not and what changed in members' "
                        "practice.")},
        {S::Evaluate, StageGuide::tr("Summary report"),
         StageGuide::tr(
             "Share results with sponsors and stakeholders: participation, goals, survey change and stories.")},
        {S::Evaluate, StageGuide::tr("Reflections on shifts in practice"),
         StageGuide::tr("Gather members' reflections and success stories on how their practice has changed.")},
        {S::Evaluate, StageGuide::tr("Legacy plan"),
         StageGuide::tr("Decide what continues, who carries it and where the shared resources will live after the "
                        "year.")},
    };
}

QString stageGuidance(StageKind stage)
{
    switch (stage) {
    case StageKind::Define:
        return StageGuide::tr(
            "Agree who the community is for, the domain it stewards and why it exists; find a facilitator "
            "and the first members.");
    case StageKind::Pilot:
        return StageGuide::tr("Try the community with a small, committed group to test assumptions and produce a first "
                              "success story.");
    case StageKind::Launch:
        return StageGuide::tr("Open the community to its wider audience with an orientation and a baseline survey.");
    case StageKind::Nurture:
        return StageGuide::tr(
            "Keep a steady rhythm of meetings, grow the shared repertoire, recognise contributions and "
            "check in every month.");
    case StageKind::Evaluate:
        return StageGuide::tr("Measure what changed, collect stories and reflections, report to sponsors and plan what "
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
