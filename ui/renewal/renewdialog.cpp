// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/renewal/renewdialog.h"

#include "core/common/taskrunner.h"
#include "ui/common/formfields.h"
#include "ui/common/typography.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// "Data Practice 2027.cop" beside the plan, or the first free variant of it.
QString suggestedPath(const QString &source, const Community &community, const QDate &start)
{
    const QDir folder = QFileInfo(source).absoluteDir();
    QString base = community.name;
    base.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|])")), QStringLiteral(" "));
    base = QStringLiteral("%1 %2").arg(base.simplified()).arg(start.year());
    QString path = folder.filePath(base + QStringLiteral(".cop"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1 (%2).cop").arg(base).arg(n));
    return path;
}

} // namespace

RenewDialog::RenewDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_sourcePath(plan.path())
{
    setObjectName(QStringLiteral("renew-dialog"));
    setWindowTitle(tr("Renew for Another Year"));
    const int unit = em(this);
    const auto read = plan.community();
    const Community community = read.ok() ? read.value() : Community{};
    m_sourceStart = community.startDate;
    const QDate start = defaultRenewalStart(community);

    m_start = makeDateEdit(this, QStringLiteral("renew-start"), tr("First day of the new year"), start);
    m_path = new QLineEdit(QDir::toNativeSeparators(suggestedPath(m_sourcePath, community, start)), this);
    m_path->setObjectName(QStringLiteral("renew-path"));
    m_path->setAccessibleName(tr("New plan file"));
    m_path->setMinimumWidth(unit * 28);
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("renew-choose"));
    choose->setAccessibleName(tr("Choose the new plan file"));
    connect(choose, &QPushButton::clicked, this, &RenewDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    auto *form = new QFormLayout;
    form->setSpacing(unit / 2);
    form->addRow(tr("New year &starts on:"), m_start);
    // A row holding a layout gets no buddy of its own: the label names the path field itself.
    auto *pathLabel = new QLabel(tr("New &plan file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_error = makeLabel({}, TextStyle::Secondary, this);
    m_error->setObjectName(QStringLiteral("renew-error"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("renew-progress"));
    m_progress->setAccessibleName(tr("Renewing"));
    m_progress->setRange(0, 0);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Renew"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("renew-ok"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create the new year's plan"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RenewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RenewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit * 3 / 2, unit * 3 / 2, unit * 3 / 2, unit);
    layout->setSpacing(unit);
    auto *intro = makeLabel(
        tr("The new year's plan starts from this one: the charter and budget, the members who have not left "
           "(with their roles and consent), the resources, the goals with the value they reached as the new "
           "baseline, the repeating meetings moved into the new year, and the stages and checklists ready to "
           "start again. Attendance, contributions, surveys, stories and recognitions stay in this plan, which "
           "the new one names so that its figures can be compared year with year. This plan is not changed."),
        TextStyle::Body, this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(unit * 30);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    m_runner = new TaskRunner(this);
}

RenewDialog::~RenewDialog() = default;

QString RenewDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cop");
    return path;
}

QDate RenewDialog::start() const
{
    return m_start->date();
}

void RenewDialog::chooseFile()
{
    QFileDialog files(this, tr("Save the New Year's Plan"), path(), tr("Cultivate plans (*.cop)"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("cop"));
    files.setOption(QFileDialog::DontConfirmOverwrite); // an existing file is refused, never replaced
    if (files.exec() == QDialog::Accepted && !files.selectedFiles().isEmpty())
        m_path->setText(QDir::toNativeSeparators(files.selectedFiles().constFirst()));
}

void RenewDialog::accept()
{
    const QString target = path();
    QString problem;
    if (target.isEmpty())
        problem = tr("Choose a file for the new year's plan.");
    else if (QFileInfo::exists(target))
        problem = tr("“%1” already exists. Choose another name; Cultivate never replaces an existing file.")
                      .arg(QFileInfo(target).fileName());
    else if (start() <= m_sourceStart)
        problem = tr("The new year must start after this plan's start.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    setRunning(true);
    RenewalOptions options;
    options.start = start();
    const QString source = m_sourcePath;
    m_runner->start<Result<RenewalSummary>>(
        [source, target, options](TaskControl &control) -> Result<RenewalSummary> {
            // A connection of this thread's own, read-only: the window keeps the plan open.
            auto plan = Plan::open(source, OpenMode::ReadOnly);
            if (!plan.ok())
                return plan.error();
            return renewPlan(*plan.value(), target, options, control.flag());
        },
        [this](Result<RenewalSummary> result) { finished(result); });
}

void RenewDialog::reject()
{
    if (m_runner->isBusy()) {
        m_runner->cancel();
        setRunning(false);
        return;
    }
    QDialog::reject();
}

void RenewDialog::finished(const Result<RenewalSummary> &result)
{
    setRunning(false);
    if (!result.ok()) {
        m_error->setText(tr("The new plan could not be created: %1").arg(result.error().message));
        m_error->show();
        return;
    }
    m_summary = result.value();
    QDialog::accept();
}

void RenewDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_start->setEnabled(!running);
    m_path->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(running ? tr("&Stop") : tr("Cancel"));
}

} // namespace cultivate
