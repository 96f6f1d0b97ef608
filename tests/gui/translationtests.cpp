// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window in French: the translation compiled into the program is found and installed with Qt's
// own, the menus and every page of a demo plan show no English text the translation has a French
// text for, and dates, numbers and the first day of the week follow the locale.
//
// What "no English text" covers: the texts of labels, buttons, group boxes, tabs, actions (menus and
// widgets), combo box items, line edit placeholders and the column headers of item views, compared
// whole with the sources of translations/cultivate_fr.ts whose French differs from the English.
// A text assembled from several translated pieces, or rich text around a translated piece, is not
// compared; neither are tooltips, charts or the report's pages.
#include "guisupport.h"
#include "testsupport.h"

#include "core/assessment/glossary.h"
#include "core/demo/demogenerator.h"
#include "core/reports/drafts.h"
#include "core/reports/report.h"
#include "core/reports/reportdata.h"
#include "core/reports/reportformat.h"
#include "core/storage/plan.h"
#include "ui/common/formatting.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/healthsettingsdialog.h"
#include "ui/evaluate/questiondialog.h"
#include "ui/evaluate/storydialog.h"
#include "ui/evaluate/surveydialog.h"
#include "ui/help/guide.h"
#include "ui/help/guidedialog.h"
#include "ui/mainwindow.h"
#include "ui/overview/overviewpage.h"
#include "ui/people/contributiondialog.h"
#include "ui/people/memberdialog.h"
#include "ui/people/mergemembersdialog.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/preferences/translations.h"
#include "ui/resources/resourcedialog.h"
#include "ui/schedule/eventdialog.h"
#include "ui/welcome/newcommunitydialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace cultivate;
using namespace cultivate::test;

namespace {

// The English sources of the French translation whose finished French differs from them (a source
// such as "Total" or "Notes" reads the same in both languages), and every French text.
struct Translation {
    QSet<QString> englishOnly;
    QSet<QString> french;
};

QString withoutAccelerator(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1String("\x01"), QLatin1String("&"));
    return text;
}

Translation readTranslation()
{
    QFile file(QStringLiteral(CULTIVATE_FRENCH_TS));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QHash<QString, QStringList> translations;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText();
            if (type.isEmpty() && !text.isEmpty())
                translations[source] << text;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    Translation result;
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        for (const QString &french : it.value())
            result.french << french << withoutAccelerator(french);
    }
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        if (!it.value().contains(it.key())) {
            result.englishOnly << it.key();
            result.englishOnly << withoutAccelerator(it.key());
        }
    }
    // A text both an English source and a French translation (the same word in another place) says
    // nothing about which language the window speaks.
    result.englishOnly -= result.french;
    return result;
}

void collect(const QAction *action, const QString &where, QHash<QString, QString> &texts)
{
    if (action->isSeparator())
        return;
    texts.insert(action->text(), where + QStringLiteral(" action"));
    if (const QMenu *menu = action->menu()) {
        texts.insert(menu->title(), where + QStringLiteral(" menu"));
        for (const QAction *item : menu->actions())
            collect(item, where + QStringLiteral(" ▸ ") + withoutAccelerator(menu->title()), texts);
    }
}

// Every text a person reads in `root` (shown now or on another tab), with where it was found.
QHash<QString, QString> readableTexts(const QWidget &root)
{
    QHash<QString, QString> texts;
    const QString name = root.objectName();
    for (const QLabel *label : root.findChildren<QLabel *>())
        texts.insert(label->text(), name + QStringLiteral(" label ") + label->objectName());
    for (const QAbstractButton *button : root.findChildren<QAbstractButton *>())
        texts.insert(button->text(), name + QStringLiteral(" button ") + button->objectName());
    for (const QGroupBox *box : root.findChildren<QGroupBox *>())
        texts.insert(box->title(), name + QStringLiteral(" group ") + box->objectName());
    for (const QTabBar *bar : root.findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i)
            texts.insert(bar->tabText(i), name + QStringLiteral(" tab"));
    }
    for (const QComboBox *combo : root.findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            texts.insert(combo->itemText(i), name + QStringLiteral(" choice of ") + combo->objectName());
    }
    for (const QLineEdit *edit : root.findChildren<QLineEdit *>())
        texts.insert(edit->placeholderText(), name + QStringLiteral(" placeholder ") + edit->objectName());
    for (const QAbstractItemView *view : root.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int column = 0; column < model->columnCount(); ++column)
            texts.insert(model->headerData(column, Qt::Horizontal).toString(),
                         name + QStringLiteral(" column of ") + view->objectName());
    }
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        for (const QAction *action : widget->actions())
            collect(action, name + QLatin1Char(' ') + widget->objectName(), texts);
    }
    texts.remove(QString());
    return texts;
}

// The texts of `texts` that are English sources with a French translation: left in English.
QStringList leftInEnglish(const QHash<QString, QString> &texts, const Translation &translation)
{
    QStringList english;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (translation.englishOnly.contains(it.key()) ||
            translation.englishOnly.contains(withoutAccelerator(it.key())))
            english << QStringLiteral("“%1” (%2)").arg(it.key(), it.value());
    }
    english.sort();
    return english;
}

struct FrenchWindow {
    QTemporaryDir dir;
    QString path;

    FrenchWindow()
    {
        isolateSettings();
        REQUIRE(dir.isValid());
        REQUIRE(installTranslations(QLocale(QLocale::French, QLocale::France)));
        path = dir.filePath(QStringLiteral("demo.cop"));
        DemoOptions options;
        options.members = 40;
        REQUIRE_OK(createDemoPlan(path, options));
    }
    ~FrenchWindow() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

} // namespace

TEST_CASE("the French translation is compiled into the program and installed with Qt's own")
{
    isolateSettings();
    REQUIRE(installTranslations(QLocale(QLocale::French, QLocale::Canada)));
    CHECK(QLocale().name() == QStringLiteral("fr_CA"));
    CHECK(QCoreApplication::translate("cultivate::MainWindow", "&File") == QStringLiteral("&Fichier"));
    // Qt's own buttons speak French too (qtbase_fr from Qt's translations).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    CHECK(withoutAccelerator(buttons.button(QDialogButtonBox::Cancel)->text()) == QStringLiteral("Annuler"));
    // English needs no translation and removes the French one.
    CHECK_FALSE(installTranslations(QLocale(QLocale::English, QLocale::Canada)));
    CHECK(QCoreApplication::translate("cultivate::MainWindow", "&File") == QStringLiteral("&File"));
}

TEST_CASE("the language chosen in Preferences gives the window's locale in the system's country")
{
    const QLocale canada(QLocale::English, QLocale::Canada);
    CHECK(localeFor(Language::French, canada).name() == QStringLiteral("fr_CA"));
    CHECK(localeFor(Language::English, QLocale(QLocale::French, QLocale::Belgium)).language() == QLocale::English);
    CHECK(localeFor(Language::System, canada) == canada);
    CHECK(languageFromKey(languageKey(Language::French)) == Language::French);
    CHECK(languageFromKey(QStringLiteral("klingon")) == Language::System);
}

TEST_CASE("in French the window's menus and pages show no English text that has a translation")
{
    FrenchWindow french;
    const Translation translation = readTranslation();
    REQUIRE(translation.englishOnly.size() > 1000);

    MainWindow window;
    REQUIRE_OK(window.openPlan(french.path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QHash<QString, QString> menus;
    for (const QAction *action : window.menuBar()->actions())
        collect(action, QStringLiteral("menu bar"), menus);
    INFO("menus");
    CHECK(leftInEnglish(menus, translation) == QStringList());
    // The menus were read, and read in French.
    CHECK(menus.contains(QStringLiteral("&Fichier")));

    auto *navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
    REQUIRE(pages->count() >= 8);
    bool overviewSeen = false;
    for (int row = 0; row < navigation->count(); ++row) {
        const QString entry = navigation->item(row)->text();
        CHECK_FALSE(translation.englishOnly.contains(entry));
        navigation->setCurrentRow(row);
        QWidget *page = pages->currentWidget();
        if (auto *dashboard = qobject_cast<DashboardPage *>(page))
            REQUIRE(QTest::qWaitFor([&] { return dashboard->snapshot() && !dashboard->isComputing(); }, 20000));
        if (auto *overview = qobject_cast<OverviewPage *>(page)) {
            // The desk is read off the GUI thread: its lines, buttons and menus are compared once shown.
            REQUIRE(QTest::qWaitFor([&] { return overview->desk() && !overview->isComputing(); }, 20000));
            overviewSeen = true;
            CHECK_FALSE(overview->openItems().isEmpty());
            const QString status = child<QLabel>(*overview, QStringLiteral("desk-status"))->text();
            CHECK(status.contains(QStringLiteral("à faire")));
        }
        QCoreApplication::processEvents();
        const QHash<QString, QString> texts = readableTexts(*page);
        INFO("page " << page->objectName().toStdString() << " (" << entry.toStdString() << "), " << texts.size()
                     << " texts");
        CHECK(texts.size() > 3);
        CHECK(leftInEnglish(texts, translation) == QStringList());
        if (qEnvironmentVariableIsSet("CULTIVATE_DUMP_TEXTS"))
            for (auto it = texts.cbegin(); it != texts.cend(); ++it)
                qWarning().noquote() << "TEXT" << it.key().left(100).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "|"
                                     << it.value();
    }
    CHECK(overviewSeen);
    window.closePlan();
}

TEST_CASE("in French the dialogs that edit a plan's records show no English text that has a translation")
{
    FrenchWindow french;
    const Translation translation = readTranslation();
    const QDate today(2026, 3, 2);
    Member first;
    first.name = QStringLiteral("Ana Lima");
    Member second;
    second.name = QStringLiteral("Ana M. Lima");
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<PreferencesDialog>());
    dialogs.push_back(std::make_unique<NewCommunityDialog>(today));
    dialogs.push_back(std::make_unique<EventDialog>(Event{}, QList<Stage>{}, true, QDate(2026, 12, 31)));
    dialogs.push_back(std::make_unique<MemberDialog>(Member{}, today));
    dialogs.push_back(std::make_unique<MergeMembersDialog>(first, second));
    dialogs.push_back(
        std::make_unique<ContributionDialog>(Contribution{}, QList<Member>{first}, QList<Event>{}, QList<Resource>{}));
    dialogs.push_back(std::make_unique<RecognitionDialog>(Recognition{}, QList<Member>{first}));
    dialogs.push_back(std::make_unique<ResourceDialog>(Resource{}, QList<Member>{}, QList<Event>{}, today));
    dialogs.push_back(std::make_unique<SurveyDialog>(Survey{}, QList<Event>{}));
    dialogs.push_back(std::make_unique<QuestionDialog>(Question{}));
    dialogs.push_back(std::make_unique<StoryDialog>(Story{}, QList<Member>{}, QList<Event>{}, QList<Resource>{}));
    dialogs.push_back(std::make_unique<HealthSettingsDialog>(HealthSettings{}));
    for (const auto &dialog : dialogs) {
        QHash<QString, QString> texts = readableTexts(*dialog);
        texts.insert(dialog->windowTitle(), QStringLiteral("title"));
        INFO(dialog->metaObject()->className() << ", " << texts.size() << " texts");
        CHECK(texts.size() > 3);
        CHECK(leftInEnglish(texts, translation) == QStringList());
    }
}

TEST_CASE("in French, dates, numbers and the first day of the week follow the locale")
{
    FrenchWindow french;
    CHECK(formatDate(QDate(2026, 12, 4)) == QStringLiteral("4 déc. 2026"));
    CHECK(formatNumber(1234.5) ==
          QLocale(QStringLiteral("fr_FR")).toString(1234.5, 'f', QLocale::FloatingPointShortest));
    CHECK(formatNumber(1234.5).contains(QLatin1Char(',')));
    CHECK(formatAmount(1500) == QStringLiteral("1\u202f500,00"));
    CHECK(QLocale().firstDayOfWeek() == Qt::Monday);
    // In Canada, French weeks start on Sunday.
    REQUIRE(installTranslations(QLocale(QLocale::French, QLocale::Canada)));
    CHECK(QLocale().firstDayOfWeek() == Qt::Sunday);
    CHECK(formatDate(QDate(2026, 1, 5)) ==
          QLocale(QStringLiteral("fr_CA")).toString(QDate(2026, 1, 5), QStringLiteral("d MMM yyyy")));
}

TEST_CASE("in French a demo plan's stakeholder report renders with its section headings in French")
{
    FrenchWindow french;
    auto plan = Plan::open(french.path);
    REQUIRE_OK(plan);
    auto data = loadReportData(*plan.value());
    REQUIRE_OK(data);
    const QString markdown = french.dir.filePath(QStringLiteral("report.md"));
    REQUIRE_OK(writeReport(data.value(), {}, markdown, ReportFormat::Markdown, QDate(2026, 12, 4)));
    QFile file(markdown);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (ReportSection section : allReportSections())
        CHECK(text.contains(label(section)));
    CHECK(text.contains(QStringLiteral("Synthèse")));
}

TEST_CASE("in French the guide shows its French text, with the glossary of the figures in French")
{
    FrenchWindow french;
    GuideDialog dialog;
    const QString text = dialog.browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Ce qu’est une communauté de pratique")));
    CHECK_FALSE(text.contains(QStringLiteral("What a community of practice is")));
    const QStringList headings = dialog.headings();
    CHECK(headings.contains(QStringLiteral("Le cycle de vie, étape par étape")));
    CHECK(headings.contains(QStringLiteral("Glossaire des indicateurs")));
    CHECK(dialog.windowTitle() == QStringLiteral("Guide de Cultivate"));
    // The glossary is core's, in French: every term and definition, none left in English.
    const QList<GlossaryEntry> entries = Glossary::entries(0.5);
    REQUIRE(entries.size() > 10);
    for (const GlossaryEntry &entry : entries) {
        INFO(entry.term.toStdString());
        CHECK(text.contains(entry.term));
        CHECK(text.contains(entry.definition.simplified()));
    }
    CHECK(text.contains(QStringLiteral("Fidélisation")));
    CHECK_FALSE(text.contains(QStringLiteral("Stickiness")));
    // The placeholder the glossary replaces is gone, and in English the English guide comes back.
    CHECK_FALSE(Guide::markdown().contains(QStringLiteral("{{glossary}}")));
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(Guide::markdown().contains(QStringLiteral("What a community of practice is")));
}

TEST_CASE("in French the report and the drafts write dates and numbers the French way, and in English the British way")
{
    {
        FrenchWindow french;
        CHECK(reportDate(QDate(2026, 3, 4)) == QStringLiteral("4 mars 2026"));
        CHECK(reportShare(0.42) == QStringLiteral("42\u00a0%"));
        CHECK(reportCount(12345) == QLocale(QLocale::French, QLocale::France).toString(12345));
        CHECK(reportDecimal(2.5, 1) == QStringLiteral("2,5"));

        EventDraftData data;
        data.community.name = QStringLiteral("Pratique");
        data.event.title = QStringLiteral("Atelier");
        data.event.start = QDateTime(QDate(2026, 3, 4), QTime(15, 0));
        const Draft reminder = eventDraft(data, EventDraftKind::Reminder);
        CHECK(reminder.subject.contains(QStringLiteral("mercredi 4 mars")));
        CHECK_FALSE(reminder.subject.contains(QStringLiteral("Wednesday")));

        // The demo plan's report: French month names, none of the English ones.
        auto plan = Plan::open(french.path);
        REQUIRE_OK(plan);
        auto report = loadReportData(*plan.value());
        REQUIRE_OK(report);
        const QString markdown = french.dir.filePath(QStringLiteral("report.md"));
        REQUIRE_OK(writeReport(report.value(), {}, markdown, ReportFormat::Markdown, QDate(2026, 12, 4)));
        QFile file(markdown);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QLocale fr(QLocale::French, QLocale::France);
        bool frenchMonth = false;
        for (int month = 1; month <= 12; ++month) {
            INFO(english.monthName(month).toStdString());
            CHECK_FALSE(text.contains(QLatin1Char(' ') + english.monthName(month) + QLatin1Char(' ')));
            frenchMonth = frenchMonth || text.contains(QLatin1Char(' ') + fr.monthName(month) + QLatin1Char(' '));
        }
        CHECK(frenchMonth);
    }
    // Back in English (as the command line always is), the report's figures read as before.
    CHECK(reportDate(QDate(2026, 3, 4)) == QStringLiteral("4 March 2026"));
    CHECK(reportShare(0.42) == QStringLiteral("42%"));
    CHECK(reportCount(12345) == QStringLiteral("12,345"));
    CHECK(reportDecimal(2.5, 1) == QStringLiteral("2.5"));
}
