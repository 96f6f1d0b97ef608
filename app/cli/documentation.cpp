// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/documentation.h"

#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

namespace cultivate::cli {

namespace {

const QString ManMode = QStringLiteral("--generate-man");
const QString CompletionMode = QStringLiteral("--generate-bash-completion");

// Qt's own options for a window, which QApplication takes off the command line before Cultivate
// sees it. A selection of the documented ones; the manual page points to the full list.
struct QtOption {
    const char *name;
    const char *valueName;
    const char *description;
};
constexpr QtOption QtOptions[] = {
    {"style", "STYLE", "Draw the window in this widget style (for example Fusion) instead of the desktop's."},
    {"reverse", nullptr, "Lay the window out from right to left."},
    {"platform", "NAME", "Use this windowing platform (for example xcb or wayland)."},
};

// --- Reading options back from QCommandLineParser::helpText() -----------------------------------

// "-o, --output <OUT>" → names {o, output}, value name OUT.
OptionDoc parseNames(const QString &field)
{
    static const QRegularExpression value(QStringLiteral(" <([^>]*)>$"));
    OptionDoc option;
    QString names = field;
    if (const auto match = value.match(names); match.hasMatch()) {
        option.valueName = match.captured(1);
        names.chop(match.capturedLength());
    }
    for (QString name : names.split(QStringLiteral(", "))) {
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        option.names << name;
    }
    return option;
}

QString optionSpelling(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// --- roff ---------------------------------------------------------------------------------------

// Text for a man page line: backslashes and characters outside ASCII as escapes, a dash that
// starts a word as a minus sign (an option), a leading dot or quote protected.
QString roff(const QString &text)
{
    QString out;
    const QList<uint> characters = text.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const uint c = characters.at(i);
        const bool wordStart = i == 0 || !QChar::isLetterOrNumber(characters.at(i - 1));
        if (c == '\\')
            out += QStringLiteral("\\e");
        else if (c == '-' && (wordStart || characters.at(i - 1) == '-'))
            out += QStringLiteral("\\-");
        else if (c > 127)
            out += QStringLiteral("\\[u%1]").arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            out += QChar(c);
    }
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

// An option's name with every dash a minus sign, so that it can be copied from the page.
QString roffOption(const QString &spelling)
{
    return QString(spelling).replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

// A synopsis with the placeholders (FILE, YYYY-MM-DD, OUT.ics) in italics, never broken at a dash.
QString roffSynopsis(const QString &synopsis)
{
    static const QRegularExpression placeholder(QStringLiteral("^[A-Z][A-Z0-9]*(?:[-.][A-Za-z0-9]+)*$"));
    QStringList words;
    for (const QString &word : synopsis.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString core = word;
        QString before;
        QString after;
        while (core.startsWith(QLatin1Char('[')) || core.startsWith(QLatin1Char('|'))) {
            before += core.front();
            core.remove(0, 1);
        }
        while (core.endsWith(QLatin1Char(']')) || core.endsWith(QLatin1Char('|'))) {
            after.prepend(core.back());
            core.chop(1);
        }
        if (placeholder.match(core).hasMatch())
            words << roff(before) + QStringLiteral("\\fI\\%") + roff(core) + QStringLiteral("\\fR") + roff(after);
        else if (core.startsWith(QLatin1Char('-')))
            words << roff(before) + QStringLiteral("\\fB") + roffOption(core) + QStringLiteral("\\fR") + roff(after);
        else
            words << QStringLiteral("\\%") + roff(word);
    }
    return words.join(QLatin1Char(' '));
}

// "-o, --output OUT" in bold and italics; `spellings` have their dashes.
QString roffOptionHeading(const QStringList &spellings, const QString &valueName)
{
    QStringList bold;
    for (const QString &spelling : spellings)
        bold << QStringLiteral("\\fB") + roffOption(spelling) + QStringLiteral("\\fR");
    QString heading = bold.join(QStringLiteral(", "));
    if (!valueName.isEmpty())
        heading += QStringLiteral(" \\fI\\%") + roff(valueName) + QStringLiteral("\\fR");
    return heading;
}

QString roffOptions(const QList<OptionDoc> &options)
{
    QString text;
    for (const OptionDoc &option : options) {
        QStringList spellings;
        for (const QString &name : option.names)
            spellings << optionSpelling(name);
        text += QStringLiteral(".TP\n") + roffOptionHeading(spellings, option.valueName) + QLatin1Char('\n');
        text += roff(option.description) + QLatin1Char('\n');
    }
    return text;
}

bool isHelp(const OptionDoc &option)
{
    return option.names.contains(QStringLiteral("help"));
}

// Each subcommand's options, -h/--help left out (every command has it).
struct CommandDoc {
    const Command *command;
    QList<OptionDoc> options;
};

QList<CommandDoc> commandDocs(QString *error)
{
    QList<CommandDoc> docs;
    for (const Command &command : commands()) {
        QCommandLineParser parser;
        addOptions(parser, command);
        QList<OptionDoc> options = documentedOptions(parser, error);
        if (options.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(command.name, *error);
            return {};
        }
        options.removeIf(isHelp);
        docs.append({&command, options});
    }
    return docs;
}

QList<OptionDoc> windowDocs(QString *error)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    return documentedOptions(parser, error);
}

// --- bash ---------------------------------------------------------------------------------------

// A value to complete: the alternatives of "pdf|html", a path for FILE, OUT, CSV, DIR, nothing for
// the rest (a name, a date, a number).
QString valueCompletion(const QString &valueName)
{
    if (valueName.contains(QLatin1Char('|')))
        return QStringLiteral("COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))")
            .arg(valueName.split(QLatin1Char('|')).join(QLatin1Char(' ')));
    static const QRegularExpression path(QStringLiteral("^(FILE|OUT|CSV|DIR|PATH)(\\..*)?$"));
    if (path.match(valueName).hasMatch())
        return QStringLiteral("_cultivate_files \"\"");
    return QStringLiteral(":");
}

// The lower-case words of a synopsis that are neither the command nor an option: the choices of
// its positional arguments ("members|attendance", "csv … | ics … | json").
QStringList positionalChoices(const Command &command)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*$"));
    QStringList choices;
    const QStringList words = command.synopsis.split(QRegularExpression(QStringLiteral("[\\s|]+")), Qt::SkipEmptyParts);
    bool insideBrackets = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        const bool opens = w.startsWith(QLatin1Char('['));
        if (opens)
            insideBrackets = true;
        if (!insideBrackets && !words.at(i - 1).startsWith(QLatin1Char('-')) && word.match(w).hasMatch())
            choices << w;
        if (w.endsWith(QLatin1Char(']')))
            insideBrackets = false;
    }
    choices.removeDuplicates();
    return choices;
}

QString completionCase(const CommandDoc &doc)
{
    QStringList spelled{QStringLiteral("-h"), QStringLiteral("--help")};
    QString values;
    for (const OptionDoc &option : doc.options) {
        QStringList names;
        for (const QString &name : option.names)
            names << optionSpelling(name);
        spelled << names;
        if (!option.valueName.isEmpty())
            values += QStringLiteral("                %1) %2; return 0 ;;\n")
                          .arg(names.join(QLatin1Char('|')), valueCompletion(option.valueName));
    }
    QString text = QStringLiteral("        %1)\n").arg(doc.command->name);
    if (!values.isEmpty())
        text += QStringLiteral("            case \"$prev\" in\n%1            esac\n").arg(values);
    text += QStringLiteral("            options=\"%1\"\n").arg(spelled.join(QLatin1Char(' ')));
    text += QStringLiteral("            choices=\"%1\"\n").arg(positionalChoices(*doc.command).join(QLatin1Char(' ')));
    text += QStringLiteral("            ;;\n");
    return text;
}

bool write(const QString &path, const QString &text, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err << QStringLiteral("cultivate: %1: %2\n").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QList<OptionDoc> documentedOptions(const QCommandLineParser &parser, QString *error)
{
    static const QRegularExpression namesField(QStringLiteral("^  (-[^ ,<]+(?:, -[^ ,<]+)*(?: <[^>]*>)?)"));
    const QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    // The names column is as wide as the longest names plus one (at most 50; longer names would
    // wrap inside the column, which this reader refuses).
    qsizetype width = 0;
    for (const QString &line : lines) {
        if (const auto match = namesField.match(line); match.hasMatch())
            width = qMax(width, match.capturedLength(1) + 1);
    }
    if (width == 0 || width > 50) {
        *error = width == 0 ? QStringLiteral("no options in the help text")
                            : QStringLiteral("option names too long for the help text's column");
        return {};
    }
    const qsizetype column = 2 + width + 1;
    QList<OptionDoc> options;
    for (const QString &line : lines) {
        if (const auto match = namesField.match(line); match.hasMatch()) {
            if (line.mid(2, width).trimmed() != match.captured(1)) {
                *error = QStringLiteral("unexpected help text line: %1").arg(line);
                return {};
            }
            options << parseNames(match.captured(1));
            options.back().description = line.mid(column).trimmed();
        } else if (!options.isEmpty() && line.size() > column && line.left(column).trimmed().isEmpty()) {
            options.back().description += QLatin1Char(' ') + line.mid(column).trimmed();
        } else if (!options.isEmpty()) {
            break; // the blank line after the options
        }
    }
    return options;
}

QString manPage(QString *error)
{
    const QList<CommandDoc> docs = commandDocs(error);
    const QList<OptionDoc> window = windowDocs(error);
    if (docs.isEmpty() || window.isEmpty())
        return {};

    QString man;
    man += QStringLiteral(".\\\" Written by 'cultivate --generate-man' from the command table; do not edit.\n");
    man += QStringLiteral(".TH CULTIVATE 1 \"\" \"Cultivate %1\" \"User Commands\"\n")
               .arg(QCoreApplication::applicationVersion());
    // Left-aligned, and words never split: synopses and options read as they are typed.
    man += QStringLiteral(".nh\n.ad l\n");
    man += QStringLiteral(".SH NAME\ncultivate \\- workbench for the facilitators of Communities of Practice\n");

    man += QStringLiteral(".SH SYNOPSIS\n.B cultivate\n[\\fIQt options\\fR] %1\n").arg(roffSynopsis(windowSynopsis()));
    for (const CommandDoc &doc : docs)
        man += QStringLiteral(".br\n.B cultivate\n%1\n").arg(roffSynopsis(doc.command->synopsis));

    man += QStringLiteral(
        ".SH DESCRIPTION\n"
        "Cultivate helps the facilitator of a Community of Practice plan the community's first year, run it "
        "(members, events, attendance, contributions, shared resources, surveys and stories), watch its "
        "engagement, and report to its sponsors.\n"
        ".PP\n"
        "Everything about one community lives in one local file, a \\fIplan\\fR (\\fB.cop\\fR, an SQLite "
        "database). Every change is written at once; there is no server, no account and no network.\n"
        ".PP\n"
        "Without a command, \\fBcultivate\\fR opens the main window. With a command, it works without a "
        "display and prints its results, for scripts.\n");

    man += QStringLiteral(".SH WINDOW\n.B cultivate\n%1\n.PP\n%2\n")
               .arg(roffSynopsis(windowSynopsis()), roff(windowDescription()));
    man += roffOptions(window);
    man += QStringLiteral(".PP\nQt's options for a window come before the file; among them:\n");
    for (const QtOption &option : QtOptions) {
        man += QStringLiteral(".TP\n") +
               roffOptionHeading({QLatin1Char('-') + QString::fromLatin1(option.name)},
                                 QString::fromLatin1(option.valueName)) +
               QLatin1Char('\n') + roff(QString::fromUtf8(option.description)) + QLatin1Char('\n');
    }

    man += QStringLiteral(".SH COMMANDS\nEvery command takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR to print its "
                          "options. \\fIFILE\\fR is a plan file.\n");
    for (const CommandDoc &doc : docs) {
        man += QStringLiteral(".SS %1\n.B cultivate\n%2\n.PP\n%3\n")
                   .arg(doc.command->name, roffSynopsis(doc.command->synopsis), roff(doc.command->description));
        man += roffOptions(doc.options);
    }

    man += QStringLiteral(".SH \"EXIT STATUS\"\n"
                          ".TP\n0\nSuccess.\n"
                          ".TP\n1\nBad input or a refused file: one line on standard error names the file and "
                          "the reason, and nothing is written.\n"
                          ".TP\n2\nA usage error.\n");
    man += QStringLiteral(".SH FILES\n"
                          ".TP\n.I ~/.config/Cultivate/cultivate.conf\n"
                          "The window's settings: recent plans, size and position, appearance.\n"
                          ".TP\n.I ~/.local/share/Cultivate/cultivate/backups/\n"
                          "Automatic backups of each plan, made when it is opened and at most hourly while it "
                          "changes.\n"
                          ".TP\n.I .NAME.cop.lock\n"
                          "Beside a plan while a window holds it: a second window opens the plan read-only.\n");
    man += QStringLiteral(".SH EXAMPLES\n"
                          "Make a demo community and print its figures as JSON:\n"
                          ".PP\n.nf\n.RS\n"
                          "cultivate demo demo.cop \\-\\-members 80 \\-\\-months 12\n"
                          "cultivate stats demo.cop \\-\\-json\n"
                          ".RE\n.fi\n"
                          ".PP\nWrite the stakeholder report of the first quarter:\n"
                          ".PP\n.nf\n.RS\n"
                          "cultivate report demo.cop \\-o report.pdf \\-\\-to 2026\\-03\\-31\n"
                          ".RE\n.fi\n"
                          ".PP\nWrite the handover document for the next facilitator at the end of the year:\n"
                          ".PP\n.nf\n.RS\n"
                          "cultivate report demo.cop \\-\\-kind handover \\-o handover.pdf\n"
                          ".RE\n.fi\n");
    man +=
        QStringLiteral(".SH \"SEE ALSO\"\n"
                       "The options every Qt application takes, under \\(lqSupported Command Line Options\\(rq:\n.br\n"
                       "https://doc.qt.io/qt\\-6/qguiapplication.html\n");
    return man;
}

QString bashCompletion(QString *error)
{
    const QList<CommandDoc> docs = commandDocs(error);
    const QList<OptionDoc> window = windowDocs(error);
    if (docs.isEmpty() || window.isEmpty())
        return {};

    QStringList names;
    QString cases;
    for (const CommandDoc &doc : docs) {
        names << doc.command->name;
        cases += completionCase(doc);
    }
    QStringList windowOptions;
    for (const OptionDoc &option : window) {
        for (const QString &name : option.names)
            windowOptions << optionSpelling(name);
    }
    QStringList qtOptions;
    QStringList qtValues;
    for (const QtOption &option : QtOptions) {
        qtOptions << QStringLiteral("-") + QString::fromLatin1(option.name);
        if (option.valueName)
            qtValues << QStringLiteral("-") + QString::fromLatin1(option.name);
    }

    QString text = QStringLiteral("# bash completion for cultivate -*- shell-script -*-\n"
                                  "# Written by 'cultivate --generate-bash-completion' from the command table.\n\n");
    text += QStringLiteral(R"(# Files and folders; plans only when $1 is "plans".
_cultivate_files()
{
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    if [[ $1 == plans ]]; then
        COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X '!*.cop' -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}

_cultivate()
{
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
    local commands="%1"
    local command="${COMP_WORDS[1]}" options="" choices="" i operands=0
    COMPREPLY=()

    if [[ " $commands " != *" $command "* ]] || ((COMP_CWORD == 1)); then
        # The window: Qt's options, its own, a plan; or a command as the first word.
        case "$prev" in
            %2) return 0 ;;
        esac
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "%3 %4" -- "$cur"))
        else
            _cultivate_files plans
            ((COMP_CWORD == 1)) && COMPREPLY+=($(compgen -W "$commands" -- "$cur"))
        fi
        return 0
    fi

    case "$command" in
%5    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return 0
    fi
    # The first operand is the plan; later ones are files or the command's words.
    for ((i = 2; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} != -* ]] && ((operands++))
    done
    if ((operands == 0)); then
        _cultivate_files plans
    else
        _cultivate_files ""
        COMPREPLY+=($(compgen -W "$choices" -- "$cur"))
    fi
    return 0
}
complete -F _cultivate cultivate
)")
                .arg(names.join(QLatin1Char(' ')), qtValues.join(QLatin1Char('|')),
                     windowOptions.join(QLatin1Char(' ')), qtOptions.join(QLatin1Char(' ')), cases);
    return text;
}

bool isGeneratorMode(const QString &argument)
{
    return argument == ManMode || argument == CompletionMode;
}

int generate(const QString &mode, const QString &path, QTextStream &err)
{
    if (path.isEmpty()) {
        err << QStringLiteral("cultivate %1: expects the file to write\n").arg(mode);
        return UsageError;
    }
    QString error;
    const QString text = mode == ManMode ? manPage(&error) : bashCompletion(&error);
    if (text.isEmpty()) {
        err << QStringLiteral("cultivate %1: %2\n").arg(mode, error);
        return BadInput;
    }
    return write(path, text, err) ? Success : BadInput;
}

} // namespace cultivate::cli
