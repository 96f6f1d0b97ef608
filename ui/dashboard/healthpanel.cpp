// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/healthpanel.h"

#include "ui/common/theme.h"
#include "ui/common/typography.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cultivate {

namespace {

QIcon severityIcon(Severity severity, const QStyle *style)
{
    switch (severity) {
    case Severity::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace

HealthPanel::HealthPanel(QWidget *parent)
    : Card(parent)
{
    setObjectName(QStringLiteral("dashboard-health"));
    setAccessibleName(tr("Health check"));
    const int unit = em(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(unit / 2);
    auto *header = new QHBoxLayout;
    header->addWidget(makeLabel(tr("Health check"), TextStyle::Heading, this), 1);
    auto *settings = new QPushButton(tr("Thresholds…"), this);
    settings->setObjectName(QStringLiteral("dashboard-health-settings"));
    settings->setAccessibleName(tr("Health check thresholds"));
    settings->setToolTip(tr("Change the thresholds of the health rules for this plan"));
    connect(settings, &QPushButton::clicked, this, &HealthPanel::settingsRequested);
    header->addWidget(settings);
    header->addSpacing(unit); // room for the definition's "?" in the corner
    layout->addLayout(header);
    m_verdict = makeLabel(QString(), TextStyle::Strong, this);
    m_verdict->setObjectName(QStringLiteral("dashboard-health-verdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    layout->addWidget(makeLabel(tr("Pitfalls the community-of-practice literature warns about, judged on the "
                                   "figures of the window."),
                                TextStyle::Secondary, this));
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(unit);
    layout->addLayout(m_rows);
    layout->addStretch();
    rebuild();
}

void HealthPanel::setReport(const HealthReport &report, bool valid)
{
    m_report = report;
    m_valid = valid;
    rebuild();
}

QString HealthPanel::verdictText() const
{
    return m_verdict->text();
}

void HealthPanel::changeEvent(QEvent *event)
{
    Card::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void HealthPanel::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_verdict->setText(m_valid ? m_report.headline() : QString());
    QPalette verdictPalette = palette();
    if (m_valid && m_report.verdict != Verdict::Healthy)
        verdictPalette.setColor(QPalette::WindowText, warningColour());
    m_verdict->setPalette(verdictPalette);
    m_verdict->setProperty("verdict", m_valid ? enumKey(m_report.verdict) : QString());
    if (!m_valid)
        return;
    const int unit = em(this);
    for (const HealthFlag &flag : std::as_const(m_report.flags)) {
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("dashboard-health-") + flag.rule);
        const QString title = HealthCheck::ruleLabel(flag.rule);
        const QString severity = HealthCheck::label(flag.severity);
        row->setAccessibleName(
            QStringLiteral("%1 (%2): %3. %4").arg(title, severity, flag.evidence, flag.recommendation));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(unit / 2);
        auto *icon = new QLabel(row);
        icon->setPixmap(
            severityIcon(flag.severity, style()).pixmap(QSize(unit * 3 / 2, unit * 3 / 2), devicePixelRatioF()));
        icon->setToolTip(severity);
        icon->setAccessibleName(severity);
        icon->setAlignment(Qt::AlignTop);
        layout->addWidget(icon, 0, Qt::AlignTop);
        auto *text = new QVBoxLayout;
        text->setSpacing(unit / 6);
        text->addWidget(makeLabel(title, TextStyle::Strong, row));
        auto *evidence = makeLabel(flag.evidence, TextStyle::Body, row);
        evidence->setObjectName(QStringLiteral("dashboard-health-evidence"));
        evidence->setWordWrap(true);
        text->addWidget(evidence);
        auto *advice = makeLabel(flag.recommendation, TextStyle::Secondary, row);
        advice->setWordWrap(true);
        text->addWidget(advice);
        if (!flag.members.isEmpty()) {
            auto *list = new QPushButton(tr("List them"), row);
            list->setObjectName(QStringLiteral("dashboard-health-list-") + flag.rule);
            list->setAccessibleName(tr("List the members of “%1”").arg(title));
            list->setFlat(true);
            list->setCursor(Qt::PointingHandCursor);
            connect(list, &QPushButton::clicked, this, [this, flag] { emit membersRequested(flag); });
            text->addWidget(list, 0, Qt::AlignLeft);
        }
        layout->addLayout(text, 1);
        m_rows->addWidget(row);
    }
}

} // namespace cultivate
