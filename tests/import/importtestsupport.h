// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include "core/importers/importer.h"

#include <memory>

// Helpers shared by the import test files.
namespace cultivate::test {

// A fixture in tests/data/import.
QString importFixture(const QString &name);
// One of the real Teams reports in tests/data/teams (their licence is beside them).
QString teamsSample(const QString &name);

// The clock every import test uses: 2026-06-01 12:00.
const Clock &importClock();

// An in-memory plan (no template events) with the members the fixtures name:
// Amara Okafor (facilitator), Bram de Vries, Chiara Rossi, Dmitri Volkov (expert), Johanna Berg
// (alias "J. Berg"), Greta Lindqvist, Hamid Rahimi.
std::unique_ptr<Plan> importPlan();
Id memberIdByName(const Plan &plan, const QString &name);

// Previews a fixture file (REQUIREs that the preview itself succeeded).
ImportPreview previewFile(const Plan &plan, const QString &path, ImportKind kind = ImportKind::Attendance,
                          ImportFormat format = ImportFormat::Unknown, OptionalId eventId = std::nullopt);
// The person of a preview whose first name is `name` (REQUIREs it exists).
const PersonPlan &personNamed(const ImportPreview &preview, const QString &name);
// The person of a parsed report whose name is `name` (REQUIREs it exists).
const ReportPerson &reportPerson(const AttendanceReport &report, const QString &name);

// Decodes and reads a fixture into a table (REQUIREs success).
CsvTable fixtureTable(const QString &name);

} // namespace cultivate::test
