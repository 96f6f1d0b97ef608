// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// The translation context of the importers' messages ("line 4: “x” is not a date…"). It lives
// outside any namespace so that lupdate and the running program agree on its name.
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};
