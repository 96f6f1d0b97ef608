// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/healthpanel.h"

#include "ui/common/typography.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return HealthPanel::tr("Critical");
    case Severity::Warning:
        return HealthPanel::tr("Warning");
    case Severity::Info:
        break;
    }
    return HealthPanel::tr("Note");
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
    layout->addWidget(makeLabel(tr("Health check"), TextStyle::Heading, this));
    layout->addWidget(makeLabel(tr("Pitfalls the community-of-practice literature warns about, as of today."),
                                TextStyle::Secondary, this));
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(unit);
    layout->addLayout(m_rows);
    layout->addStretch();
    rebuild();
}

QString HealthPanel::ruleTitle(const QString &rule)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("no_clear_purpose"), QT_TR_NOOP("No clear purpose")},
        {QStringLiteral("no_facilitator"), QT_TR_NOOP("No facilitator")},
        {QStringLiteral("passive_participation"), QT_TR_NOOP("Passive participation")},
        {QStringLiteral("no_rhythm"), QT_TR_NOOP("No steady rhythm")},
        {QStringLiteral("no_shared_repertoire"), QT_TR_NOOP("No shared repertoire")},
        {QStringLiteral("no_recognition"), QT_TR_NOOP("No recent recognition")},
        {QStringLiteral("no_feedback"), QT_TR_NOOP("No recent feedback")},
        {QStringLiteral("stage_overdue"), QT_TR_NOOP("Stage overdue")},
    };
    const char *title = titles.value(rule, nullptr);
    return title ? tr(title) : rule;
}

void HealthPanel::setFlags(const QList<HealthFlag> &flags)
{
    m_flags = flags;
    rebuild();
}

void HealthPanel::changeEvent(QEvent *event)
{
    Card::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        rebuild();
}

void HealthPanel::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int unit = em(this);
    if (m_flags.isEmpty()) {
        auto *none = makeLabel(tr("No warning signs: the community has a purpose, a facilitator, a rhythm of "
                                  "events and recent feedback."),
                               TextStyle::Body, this);
        none->setObjectName(QStringLiteral("dashboard-health-none"));
        m_rows->addWidget(none);
        return;
    }
    for (const HealthFlag &flag : std::as_const(m_flags)) {
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("dashboard-health-") + flag.rule);
        const QString title = ruleTitle(flag.rule);
        row->setAccessibleName(QStringLiteral("%1 (%2): %3. %4")
                                   .arg(title, severityName(flag.severity), flag.evidence, flag.recommendation));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(unit / 2);
        auto *icon = new QLabel(row);
        icon->setPixmap(
            severityIcon(flag.severity, style()).pixmap(QSize(unit * 3 / 2, unit * 3 / 2), devicePixelRatioF()));
        icon->setToolTip(severityName(flag.severity));
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
        layout->addLayout(text, 1);
        m_rows->addWidget(row);
    }
}

} // namespace cultivate
