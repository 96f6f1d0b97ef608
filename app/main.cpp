// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The cultivate executable: headless subcommands, or the main window.
#include "app/cli/commandline.h"
#include "core/export/atomicfile.h"
#include "ui/common/wheelguard.h"
#include "ui/mainwindow.h"
#include "ui/preferences/translations.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Subcommands need no display: choose the offscreen platform before the application exists.
    const bool headless = cultivate::cli::isCommand(arguments);
    if (headless) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // stderr belongs to the one-line error contract; only Qt's critical messages may join it.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(message));
        });
    } else if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
               qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "cultivate: no display to open the window on; 'cultivate --help' lists the "
                             "commands that need none\n");
        return cultivate::cli::UsageError;
    }

    QApplication app(argc, argv); // Qt Charts renders only with a QApplication
    QApplication::setOrganizationName(QStringLiteral("Cultivate"));
    QApplication::setApplicationName(QStringLiteral("cultivate"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cultivate"));
    QApplication::setApplicationVersion(QStringLiteral(CULTIVATE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cultivate.cultivate"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.cultivate.cultivate.svg")));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (headless)
        return cultivate::cli::run(arguments, out, err);

    // The window's command line is read once Qt has taken its own options (-style, -reverse …) off it.
    const auto windowArguments = cultivate::cli::parseWindowArguments(QCoreApplication::arguments(), out, err);
    if (windowArguments.exitCode >= 0)
        return windowArguments.exitCode;
    err.flush();

    // The window speaks the language chosen in Preferences (the system's by default); the command
    // line above stays the English contract scripts rely on.
    cultivate::installTranslations(cultivate::localeFor(cultivate::savedLanguage()));
    cultivate::WheelGuard::install(app);
    // The settings name recent plans: owner-only, like every file that holds people's data.
    (void)cultivate::keepFilePrivate(QSettings().fileName());
    cultivate::MainWindow window;
    if (!windowArguments.file.isEmpty()) {
        window.openFromUser(windowArguments.file);
    } else {
        window.reopenLastPlan();
    }
    window.show();
    return QApplication::exec();
}
