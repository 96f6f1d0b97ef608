// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cultivate {

// One figure's definition for people: the report's appendix, the in-app guide's glossary and the
// dashboard's explanations all read these, so the wording cannot drift between them.
struct GlossaryEntry {
    QString key;        // stable: "stickiness", "reach", … (the dashboard's cards and charts name them)
    QString term;       // "Stickiness"
    QString definition; // one paragraph
};

class Glossary {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Glossary)
public:
    // Every figure of SPEC §5 and the health check, in reading order. `attendanceThreshold` is the
    // plan's share of an event that credits an attendance.
    static QList<GlossaryEntry> entries(double attendanceThreshold = 0.5);
    static std::optional<GlossaryEntry> entry(const QString &key, double attendanceThreshold = 0.5);
};

} // namespace cultivate
