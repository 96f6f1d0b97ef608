// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QDate>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <functional>
#include <ostream>

class QString;

// Helpers shared by the test programs.
namespace cultivate::test {

// SHA-256 of a file's bytes (empty when it cannot be read): "left byte-for-byte untouched".
QByteArray fileDigest(const QString &path);
// Writes bytes to a file, replacing it.
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
// The path of a file in tests/data.
QString dataFile(const QString &name);

// What a program run by a test printed and how it ended.
struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a headless command: no display (the subcommands must not need one) and a
// private runtime folder (without one, Qt prints a warning of its own on stderr).
QProcessEnvironment headlessEnvironment();
// Runs a program (pdftotext, unzip, …) and waits for it; fails the test when it cannot start or hangs.
// Turns the event loop until `condition` holds; false when it still does not after `timeoutMs`.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);

ProcessResult runProgram(const QString &program, const QStringList &arguments);
// Runs the real `cultivate` binary as a script would, in the headless environment, with CULTIVATE_TODAY
// when `today` is valid; fails the test when it hangs or crashes.
ProcessResult runCultivateBinary(const QString &binary, const QStringList &arguments, const QDate &today = {},
                                 const QString &workingDir = {});

} // namespace cultivate::test

// Lets Catch print QStrings and error codes in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace Catch {
template <> struct StringMaker<cultivate::ErrorCode> {
    static std::string convert(cultivate::ErrorCode code) { return std::to_string(static_cast<int>(code)); }
};
} // namespace Catch

// REQUIRE that a Result is ok, printing its message when it is not.
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto &cultivate_r_ = (expr);                                                                             \
        INFO((cultivate_r_.ok() ? std::string() : cultivate_r_.error().message.toStdString()));                        \
        REQUIRE(cultivate_r_.ok());                                                                                    \
    } while (false)
