// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The files the package installs beside the binary, as the build wrote them: the manual page and
// the bash completion (which must name every command and option of the command table that
// `--help` prints), the icons and the Debian copyright file; and the window's command line, which
// is read after Qt has taken its own options off it.
#include "testsupport.h"

#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include <QCommandLineParser>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

using namespace cultivate;
using namespace cultivate::cli;

namespace {

const QString PackagingDir = QStringLiteral(CULTIVATE_PACKAGING_DIR);

QString readText(const QString &path)
{
    QFile file(path);
    INFO("reading " << path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The option spellings ("-o", "--output") a command's parser lists in its help text, read
// independently of the generator: the first column of each line that starts with a dash.
QStringList helpOptions(const Command &command)
{
    QCommandLineParser parser;
    addOptions(parser, command);
    static const QRegularExpression spelling(QStringLiteral("--?[A-Za-z][A-Za-z0-9-]*"));
    QStringList spellings;
    for (const QString &line : parser.helpText().split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("  -")))
            continue;
        QString names = line.trimmed().section(QStringLiteral("  "), 0, 0);
        names.remove(QRegularExpression(QStringLiteral(" <[^>]*>$"))); // the value's name
        for (const auto &match : spelling.globalMatch(names))
            spellings << match.captured();
    }
    return spellings;
}

// The part of the manual page about one command: from its ".SS name" to the next heading.
QString manSection(const QString &man, const QString &command)
{
    const qsizetype start = man.indexOf(QStringLiteral("\n.SS %1\n").arg(command));
    if (start < 0)
        return {};
    const QRegularExpression next(QStringLiteral("\n\\.S[SH] "));
    const qsizetype end = man.indexOf(next, start + 1);
    return man.mid(start, end < 0 ? -1 : end - start);
}

QString roffSpelling(const QString &spelling)
{
    return QString(spelling).replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    process.start();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// What the completion offers for the command line `words` (the last one being completed).
QStringList complete(const QStringList &words)
{
    const QString script = PackagingDir + QStringLiteral("/cultivate.bash-completion");
    const Run registered = run(QStringLiteral("bash"),
                               {QStringLiteral("-c"), QStringLiteral("source \"$0\" && complete -p cultivate"), script},
                               QProcessEnvironment::systemEnvironment());
    INFO("complete -p: " << registered.out.toStdString() << registered.err.toStdString());
    REQUIRE(registered.exitCode == 0);
    const auto match = QRegularExpression(QStringLiteral("-F (\\S+) cultivate")).match(registered.out);
    REQUIRE(match.hasMatch());
    const QString function = match.captured(1);

    const Run offered = run(QStringLiteral("bash"),
                            QStringList{QStringLiteral("-c"),
                                        QStringLiteral("source \"$0\"; COMP_WORDS=(\"$@\"); "
                                                       "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); %1; "
                                                       "printf '%s\\n' \"${COMPREPLY[@]}\"")
                                            .arg(function),
                                        script} +
                                words,
                            QProcessEnvironment::systemEnvironment());
    INFO("stderr: " << offered.err.toStdString());
    REQUIRE(offered.exitCode == 0);
    return offered.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("the manual page names every command and every option of the command table")
{
    const QString man = readText(PackagingDir + QStringLiteral("/cultivate.1"));
    REQUIRE(commands().size() >= 8);
    for (const Command &command : commands()) {
        INFO("command " << command.name.toStdString());
        const QString section = manSection(man, command.name);
        REQUIRE_FALSE(section.isEmpty());
        const QStringList options = helpOptions(command);
        CHECK(options.contains(QStringLiteral("--help")));
        for (const QString &option : options) {
            INFO("option " << option.toStdString());
            if (option == QLatin1String("--help") || option == QLatin1String("-h"))
                CHECK(man.contains(QStringLiteral("\\fB\\-h\\fR, \\fB\\-\\-help\\fR")));
            else
                CHECK(section.contains(QStringLiteral("\\fB%1\\fR").arg(roffSpelling(option))));
        }
        // The synopsis is the one --help prints, in bold and italics.
        QString synopsis = section.section(QLatin1Char('\n'), 3, 3);
        synopsis.remove(QRegularExpression(QStringLiteral("\\\\f[IBR]|\\\\%")));
        synopsis.replace(QStringLiteral("\\-"), QStringLiteral("-"));
        CHECK(synopsis == command.synopsis);
    }
    CHECK(man.contains(QStringLiteral(".SH NAME\ncultivate \\- ")));
    CHECK(man.contains(QStringLiteral("\\fB\\-\\-version\\fR")));
    CHECK(QFile::exists(PackagingDir + QStringLiteral("/cultivate.1.gz")));
}

TEST_CASE("every option the manual page gives a command is one that command accepts")
{
    const QString man = readText(PackagingDir + QStringLiteral("/cultivate.1"));
    static const QRegularExpression heading(QStringLiteral("\\.TP\\n([^\\n]*)"));
    static const QRegularExpression option(QStringLiteral("\\\\fB((?:\\\\-)+[A-Za-z0-9\\\\-]+)\\\\fR"));
    int checked = 0;
    for (const Command &command : commands()) {
        const QString section = manSection(man, command.name);
        for (const auto &line : heading.globalMatch(section)) {
            for (const auto &name : option.globalMatch(line.captured(1))) {
                const QString spelling = name.captured(1).replace(QStringLiteral("\\-"), QStringLiteral("-"));
                QCommandLineParser parser;
                parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
                addOptions(parser, command);
                INFO(command.name.toStdString() << " " << spelling.toStdString());
                // An option that takes a value is given one; an unknown option fails the parse.
                CHECK((parser.parse({QStringLiteral("cultivate"), command.name, spelling, QStringLiteral("x")}) ||
                       !parser.errorText().contains(QStringLiteral("Unknown option"))));
                ++checked;
            }
        }
    }
    CHECK(checked >= 25);
}

TEST_CASE("the bash completion offers every command, and each command's options")
{
    const QStringList first = complete({QStringLiteral("cultivate"), QString()});
    for (const Command &command : commands())
        CHECK(first.contains(command.name));

    for (const Command &command : commands()) {
        INFO("command " << command.name.toStdString());
        const QStringList offered = complete({QStringLiteral("cultivate"), command.name, QStringLiteral("-")});
        for (const QString &option : helpOptions(command))
            CHECK(offered.contains(option));
    }
    CHECK(complete({QStringLiteral("cultivate"), QStringLiteral("st")}) == QStringList{QStringLiteral("stats")});
}

TEST_CASE("the bash completion offers the values of an option with a fixed set of them")
{
    QStringList formats = complete({QStringLiteral("cultivate"), QStringLiteral("report"), QStringLiteral("plan.cop"),
                                    QStringLiteral("--format"), QString()});
    formats.sort();
    CHECK(formats ==
          QStringList{QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("odt"), QStringLiteral("pdf")});
    CHECK(complete({QStringLiteral("cultivate"), QStringLiteral("import"), QStringLiteral("plan.cop"),
                    QStringLiteral("att")})
              .contains(QStringLiteral("attendance")));
    CHECK(complete({
                       QStringLiteral("cultivate"),
                       QStringLiteral("-"),
                   })
              .contains(QStringLiteral("-reverse")));
}

TEST_CASE("the window opens the first file of its command line and names the others, which it leaves")
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const WindowArguments one =
        parseWindowArguments({QStringLiteral("cultivate"), QStringLiteral("plan.cop")}, out, err);
    CHECK(one.exitCode == -1);
    CHECK(one.file == QStringLiteral("plan.cop"));
    CHECK(one.ignored.isEmpty());
    CHECK(errText.isEmpty());

    const WindowArguments three = parseWindowArguments(
        {QStringLiteral("cultivate"), QStringLiteral("a.cop"), QStringLiteral("b.cop"), QStringLiteral("c.cop")}, out,
        err);
    err.flush();
    CHECK(three.exitCode == -1);
    CHECK(three.file == QStringLiteral("a.cop"));
    CHECK(three.ignored == QStringList{QStringLiteral("b.cop"), QStringLiteral("c.cop")});
    CHECK(errText.count(QLatin1Char('\n')) == 1);
    CHECK(errText.contains(QStringLiteral("b.cop, c.cop")));
    CHECK_FALSE(errText.contains(QStringLiteral("a.cop")));

    const WindowArguments none = parseWindowArguments({QStringLiteral("cultivate")}, out, err);
    CHECK(none.exitCode == -1);
    CHECK(none.file.isEmpty());
}

TEST_CASE("Qt's own options are off the window's command line before Cultivate reads it")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString binary = QStringLiteral(CULTIVATE_BINARY);

    const Run version = run(binary, {QStringLiteral("-reverse"), QStringLiteral("--version")}, env);
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("cultivate ")));

    const Run unknown =
        run(binary,
            {QStringLiteral("-reverse"), QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--bogus")},
            env);
    INFO("stderr: " << unknown.err.toStdString());
    CHECK(unknown.exitCode == UsageError);
    CHECK(unknown.err.contains(QStringLiteral("bogus")));
    CHECK_FALSE(unknown.err.contains(QStringLiteral("reverse")));
    CHECK_FALSE(unknown.err.contains(QStringLiteral("style")));
}

TEST_CASE("the icons are rendered from the SVG at every size the desktops ask for")
{
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QImage icon(PackagingDir + QStringLiteral("/icons/%1x%1/org.cultivate.cultivate.png").arg(size));
        INFO("size " << size);
        CHECK(icon.size() == QSize(size, size));
        CHECK(icon.hasAlphaChannel());
    }
}

TEST_CASE("the Debian copyright file names the licence the root LICENSE holds")
{
    const QString copyright = readText(PackagingDir + QStringLiteral("/copyright"));
    CHECK(copyright.startsWith(
        QStringLiteral("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));
    CHECK(copyright.contains(QStringLiteral("\nFiles: *\nCopyright: 2026 The Cultivate authors\nLicense: GPL-3+\n")));
    CHECK(copyright.contains(QStringLiteral("/usr/share/common-licenses/GPL-3")));
    CHECK(QFile::exists(PackagingDir + QStringLiteral("/changelog.Debian.gz")));
}
